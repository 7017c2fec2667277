package org.xuncha.platform.security.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** With HTTPS on, plain HTTP from elsewhere only redirects, and cookies are always Secure. */
class TransportTest {

    @Test
    void withHttpsOnPlainHttpFromAnotherMachineOnlyRedirects() {
        Transport on = new Transport(true, 8443);
        assertThat(on.redirect(false, "192.168.1.20", "xuncha.office.local:8181", "/api/auth/login", null))
                .isEqualTo("https://xuncha.office.local:8443/api/auth/login");
        assertThat(on.redirect(false, "10.0.0.5", "10.0.0.1:8181", "/", "a=1")).isEqualTo("https://10.0.0.1:8443/?a=1");
        assertThat(on.redirect(false, "fe80::1", "[fe80::2]:8181", "/x", null)).isEqualTo("https://[fe80::2]:8443/x");
        assertThat(new Transport(true, 443).redirect(false, "10.0.0.5", "host", "/", null)).isEqualTo("https://host/");
        // served: HTTPS itself, and plain HTTP on the machine itself
        assertThat(on.redirect(true, "192.168.1.20", "host", "/", null)).isNull();
        assertThat(on.redirect(false, "127.0.0.1", "localhost:8181", "/api/health", null)).isNull();
        assertThat(on.redirect(false, "0:0:0:0:0:0:0:1", "localhost:8181", "/", null)).isNull();
        // a host name as "address" is not taken for the local machine
        assertThat(on.redirect(false, "localhost.evil.example", "h", "/", null)).isNotNull();
    }

    @Test
    void withHttpsOnCookiesAreAlwaysSecureAlsoOnTheMachineItself() {
        Transport on = new Transport(true, 8443);
        assertThat(on.secureCookies(true, "127.0.0.1", null)).isTrue();
        assertThat(on.secureCookies(false, "192.168.1.20", null)).isTrue();
        assertThat(on.secureCookies(false, "127.0.0.1", "https")).as("behind a TLS-terminating proxy on the host").isTrue();
        assertThat(on.secureCookies(false, "127.0.0.1", null)).as("plain HTTP on loopback too").isTrue();
        assertThat(on.secureCookies(false, "::1", null)).isTrue();
        Transport off = new Transport(false, 8443);
        assertThat(off.secureCookies(false, "192.168.1.20", null)).isFalse();
        assertThat(off.secureCookies(false, "127.0.0.1", null)).isFalse();
        assertThat(off.secureCookies(false, "192.168.1.20", "HTTPS ")).isTrue();
        assertThat(off.redirect(false, "192.168.1.20", "h", "/", null)).isNull();
    }
}
