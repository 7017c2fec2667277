package org.xuncha.platform.security.internal.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Dictionary;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the platform serves HTTPS (Pax Web's {@code org.osgi.service.http.secure.enabled}, which
 * {@code bin/xuncha-start} turns on), and what that means for plain HTTP: with HTTPS on, plain HTTP
 * answers only the local machine (health checks, local tools); from any other address it only
 * redirects to HTTPS, and cookies are always {@code Secure}.
 */
@Component(service = Transport.class)
public class Transport {

    static final String PAX_WEB_PID = "org.ops4j.pax.web";
    private static final Logger LOG = LoggerFactory.getLogger(Transport.class);

    private final boolean httpsOn;
    private final int httpsPort;

    @Activate
    public Transport(@Reference ConfigurationAdmin configurations) {
        boolean on = false;
        int port = 8443;
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + PAX_WEB_PID + ")");
            Dictionary<String, Object> p = found == null || found.length == 0 ? null : found[0].getProperties();
            if (p != null) {
                on = Boolean.parseBoolean(String.valueOf(p.get("org.osgi.service.http.secure.enabled")).trim());
                Object sp = p.get("org.osgi.service.http.port.secure");
                if (sp != null && !String.valueOf(sp).isBlank()) {
                    port = Integer.parseInt(String.valueOf(sp).trim());
                }
            }
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | NumberFormatException e) {
            LOG.warn("Cannot read the HTTPS settings ({}): {}", PAX_WEB_PID, e.toString());
        }
        this.httpsOn = on;
        this.httpsPort = port;
    }

    Transport(boolean httpsOn, int httpsPort) {
        this.httpsOn = httpsOn;
        this.httpsPort = httpsPort;
    }

    public boolean httpsOn() {
        return httpsOn;
    }

    /**
     * Cookies carry {@code Secure} whenever HTTPS is on, on every port and from every address, the
     * machine itself included (issue 15: "cookies are always Secure"); a session made over plain HTTP
     * on loopback then stays with the client that asked (a client does not send a {@code Secure}
     * cookie back over plain HTTP; browsers treat {@code http://localhost} as secure and do). Without
     * HTTPS, only behind a TLS-terminating proxy that says so ({@code X-Forwarded-Proto: https}).
     */
    boolean secureCookies(boolean requestSecure, String remoteAddr, String forwardedProto) {
        return httpsOn || requestSecure || "https".equalsIgnoreCase(forwardedProto == null ? null : forwardedProto.trim());
    }

    /**
     * Where a request must go instead of being served, or null to serve it: with HTTPS on, a plain
     * HTTP request from another machine is sent to the same path on the HTTPS port.
     */
    String redirect(boolean secure, String remoteAddr, String host, String uri, String query) {
        if (!httpsOn || secure || loopback(remoteAddr)) {
            return null;
        }
        String h = host == null || host.isBlank() ? "localhost" : host;
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end > 0 ? h.substring(0, end + 1) : h;
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return "https://" + h + (httpsPort == 443 ? "" : ":" + httpsPort) + (uri == null ? "/" : uri) + (query == null ? "" : "?" + query);
    }

    static boolean loopback(String address) {
        if (address == null) {
            return false;
        }
        try {
            // a literal address: no name lookup
            return (address.indexOf(':') >= 0 || Character.isDigit(address.charAt(0))) && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
