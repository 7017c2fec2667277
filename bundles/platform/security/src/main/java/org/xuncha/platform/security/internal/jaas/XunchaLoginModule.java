package org.xuncha.platform.security.internal.jaas;

import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.account.LoginResult;
import org.xuncha.platform.security.internal.account.LoginService;
import org.xuncha.platform.security.internal.account.SecondFactorRule;

/**
 * Checks console and SSH logins against platform accounts. The three administrators get the Karaf
 * role {@value #CONSOLE_ROLE} that SSH requires, and their platform roles, which the console's duty
 * ACLs ({@code etc/org.apache.karaf.command.acl.*.cfg}) match: nobody gets Karaf's own {@code admin},
 * {@code manager} or {@code viewer} roles, so no framework command (shell, file, bundle, config) and no
 * JMX operation is open to anyone. Business roles have no console.
 */
public class XunchaLoginModule implements LoginModule {

    public static final String CONSOLE_ROLE = "xuncha-console";

    private static volatile LoginService logins;
    private static volatile AuditTrail audit;

    private Subject subject;
    private CallbackHandler handler;
    private final Set<Principal> principals = new HashSet<>();

    static void bind(LoginService l, AuditTrail t) {
        logins = l;
        audit = t;
    }

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
    }

    @Override
    public boolean login() throws LoginException {
        LoginService a = logins;
        if (a == null) {
            throw new LoginException("the xuncha security service is not running");
        }
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException("cannot read credentials: " + e.getMessage());
        }
        String username = name.getName();
        char[] pw = password.getPassword() == null ? new char[0] : password.getPassword();
        LoginResult r;
        boolean secondFactor = username != null && a.activeUser(username).map(u -> u.totpEnabled()).orElse(false);
        if (secondFactor) {
            // SSH asks for one secret: an account with the second factor on gives its password with
            // the current one-time code appended ("<password><6 digits>")
            String[] split = splitCode(pw);
            // without a code the password is still checked: a wrong one is a failure like any other
            r = split == null ? a.authenticate(username, pw, null)
                    : a.authenticate(username, split[0].toCharArray(), split[1]);
        } else {
            r = a.authenticate(username, pw, null);
        }
        if (r.outcome() != LoginResult.Outcome.OK) {
            record(new Caller(0, String.valueOf(username), String.valueOf(username), null, null, Set.of(), Set.of(), DataScope.everything()),
                    AuditAction.LOGIN_FAILED, "控制台登录失败：" + r.outcome());
            throw new FailedLoginException("login refused: " + r.outcome());
        }
        if (r.user().mustChangePassword()) {
            throw new FailedLoginException("change the initial password in the web console first");
        }
        if (SecondFactorRule.mustEnrol(r.user())) {
            // the console cannot show an enrolment step: the administrator enrols on the web first
            record(new Caller(r.user().id(), r.user().username(), r.user().displayName(), null, null, r.user().roles(), Set.of(),
                    DataScope.everything()), AuditAction.LOGIN_FAILED, "控制台登录被拒：管理员尚未绑定动态口令");
            throw new FailedLoginException("管理员须先在网页控制台绑定动态口令（双因素认证），再以“密码+动态口令”登录控制台 / "
                    + "An administrator must enrol the second factor in the web console first, then sign in with password followed by code");
        }
        principals.add(new UserPrincipal(r.user().username()));
        for (String role : r.user().roles()) {
            principals.add(new RolePrincipal(role));
        }
        if (r.user().roles().contains(Roles.SYS_ADMIN) || r.user().roles().contains(Roles.SECURITY_ADMIN)
                || r.user().roles().contains(Roles.SECURITY_AUDITOR)) {
            principals.add(new RolePrincipal(CONSOLE_ROLE));
        }
        record(new Caller(r.user().id(), r.user().username(), r.user().displayName(), null, null, r.user().roles(), Set.of(),
                DataScope.everything()), AuditAction.LOGIN, "控制台登录");
        return true;
    }

    /** {password, code} of "<password><6 digits>", or null when it does not end in a 6-digit code. */
    static String[] splitCode(char[] secret) {
        String s = new String(secret);
        if (s.length() <= 6 || !s.substring(s.length() - 6).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return new String[] {s.substring(0, s.length() - 6), s.substring(s.length() - 6)};
    }

    private static void record(Caller who, AuditAction action, String summary) {
        AuditTrail t = audit;
        if (t != null) {
            t.record(who, AuditEntry.of(action, SecuritySetup.MODULE, "console", null, summary));
        }
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
