package org.xuncha.platform.security.internal.web;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.security.internal.jaas.ConsoleSessions;
import org.xuncha.platform.security.internal.account.TotpService;
import org.xuncha.platform.security.internal.account.UserView;

/**
 * A lost authenticator, for the web and the console alike: the security administrator resets the
 * account's second factor ({@link TotpService#reset}, audited) and every web session of the account
 * ends, so whoever holds the lost phone and a session cannot go on.
 */
@Component(service = SecondFactorReset.class)
public class SecondFactorReset {

    private final TotpService totp;
    private final SessionManager sessions;
    private final ConsoleSessions consoles;

    @Activate
    public SecondFactorReset(@Reference TotpService totp, @Reference SessionManager sessions, @Reference ConsoleSessions consoles) {
        this.totp = totp;
        this.sessions = sessions;
        this.consoles = consoles;
    }

    public UserView reset(Caller caller, long userId) {
        UserView v = totp.reset(caller, userId);
        sessions.closeAll(userId);
        // the console checks the factor at sign-in only: an open console session would outlive the reset
        consoles.end(v.username());
        return v;
    }

    public UserView reset(Caller caller, String username) {
        return reset(caller, totp.accountId(username));
    }
}
