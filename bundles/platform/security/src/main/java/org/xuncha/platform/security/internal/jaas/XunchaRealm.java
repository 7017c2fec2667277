package org.xuncha.platform.security.internal.jaas;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.security.internal.account.LoginService;

/**
 * The JAAS realm {@code xuncha}: the Karaf console and SSH sign in against the platform's own
 * accounts (set {@code sshRealm = xuncha} in {@code etc/org.apache.karaf.shell.cfg}), with the same
 * password policy, lockout and audit as the web.
 */
@Component(service = JaasRealm.class)
public class XunchaRealm implements JaasRealm {

    public static final String NAME = "xuncha";

    private final AppConfigurationEntry[] entries;

    @Activate
    public XunchaRealm(BundleContext context, @Reference LoginService logins,
                       @Reference org.xuncha.platform.api.security.AuditTrail audit) {
        XunchaLoginModule.bind(logins, audit);
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, XunchaLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(BundleContext.class.getName(), context);
        entries = new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }

    @Deactivate
    void deactivate() {
        XunchaLoginModule.bind(null, null);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 10;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries;
    }
}
