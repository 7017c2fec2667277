package org.xuncha.platform.security.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AccountProvisioning.AccountRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityFixture;
import org.xuncha.platform.security.internal.account.AccountProvisioner;
import org.xuncha.platform.security.internal.account.AccountReferences;
import org.xuncha.platform.security.internal.account.AdminBootstrap;
import org.xuncha.platform.security.internal.account.CallerEpoch;
import org.xuncha.platform.security.internal.account.CallerFactory;
import org.xuncha.platform.security.internal.account.DefaultGrants;
import org.xuncha.platform.security.internal.account.LoginService;
import org.xuncha.platform.security.internal.account.PermissionCatalog;
import org.xuncha.platform.security.internal.account.RoleService;
import org.xuncha.platform.security.internal.crypto.Totp;

/** Web sign-in: each refusal answered and audited, the rate limit per address, a session for each success, ended at sign-out. */
class SignInServiceTest {

    private static final String PASSWORD = "User-Passw0rd!";

    @TempDir
    Path dir;

    private SecurityFixture f;
    private SessionManager sessions;
    private SignInService signIns;
    private org.xuncha.platform.security.internal.account.TotpService totp;
    private LoginService logins;

    private void start(Map<String, Object> settings) {
        String data = System.getProperty("karaf.data");
        System.setProperty("karaf.data", dir.resolve("data").toString());
        try {
            f = new SecurityFixture(dir.resolve("keys"), settings);
            CallerEpoch epoch = new CallerEpoch();
            LoginService logins = new LoginService(f.store, f.setup, new AdminBootstrap(f.store, f.setup));
            RoleService roles = new RoleService(f.store, new PermissionCatalog(new DefaultGrants(f.store, epoch)), epoch);
            sessions = new SessionManager(f.setup, epoch, logins, new CallerFactory(logins, roles), f.clock);
            signIns = new SignInService(logins, sessions, f.setup, f.store, f.clock);
            totp = new org.xuncha.platform.security.internal.account.TotpService(f.store, f.setup, epoch);
            AccountProvisioner provisioner = new AccountProvisioner(f.store, f.setup, new AccountReferences(), epoch);
            provisioner.create(Caller.system("test"), new AccountRequest("office.user", "办公室", null, null, Set.of(Roles.OFFICE_STAFF), PASSWORD));
            provisioner.create(Caller.system("test"), new AccountRequest("audit.admin", "审计员", null, null, Set.of(Roles.SECURITY_AUDITOR), PASSWORD));
            provisioner.create(Caller.system("test"), new AccountRequest("sec.admin", "保密员", null, null, Set.of(Roles.SECURITY_ADMIN), PASSWORD));
            this.logins = logins;
        } finally {
            if (data == null) {
                System.clearProperty("karaf.data");
            } else {
                System.setProperty("karaf.data", data);
            }
        }
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aSignInOpensASessionAndASignOutEndsIt() {
        start(Map.of());
        SignInService.SignedIn in = signIns.signIn(" office.user ", PASSWORD, null, "10.0.0.1");
        assertThat(in.user().username()).isEqualTo("office.user");
        SessionManager.Session session = sessions.find(in.sessionToken());
        assertThat(session).isNotNull();
        assertThat(session.csrf()).isEqualTo(in.csrfToken());
        Caller caller = sessions.caller(session);
        Map<String, Object> me = signIns.me(caller, session);
        assertThat(me.get("mustChangePassword")).isEqualTo(true);
        assertThat(me.get("permissions")).as("until the password is changed, only one's own account")
                .isEqualTo(new java.util.TreeSet<>(Set.of(Caller.AUTHENTICATED)));

        signIns.signOut(caller, in.sessionToken());
        assertThat(sessions.find(in.sessionToken())).isNull();
        assertThat(f.audited()).filteredOn(a -> a.contains("office.user")).extracting(a -> a.substring(0, a.indexOf(' ')))
                .endsWith("LOGIN", "LOGOUT");
    }

    @Test
    void anAdministratorWithoutTheSecondFactorGetsOnlyAnEnrolmentSessionThenNeedsTheCode() {
        start(Map.of());
        SignInService.SignedIn in = signIns.signIn("audit.admin", PASSWORD, null, "10.0.0.6");
        SessionManager.Session session = sessions.find(in.sessionToken());
        Caller enrolOnly = sessions.caller(session);
        assertThat(session.enrolmentRequired()).isTrue();
        assertThat(enrolOnly.permissions()).as("nothing but one's own account").containsExactly(Caller.AUTHENTICATED);
        assertThat(signIns.me(enrolOnly, session).get("secondFactorEnrolmentRequired")).isEqualTo(true);

        String secret = totp.start(enrolOnly).get("secret");
        long now = f.clock.millis() / 1000;
        totp.confirm(enrolOnly, org.xuncha.platform.security.internal.crypto.Totp.code(secret, now), true);
        Caller full = sessions.caller(session);
        assertThat(session.enrolmentRequired()).as("the same session, once enrolled").isFalse();
        assertThat(f.audited()).anyMatch(a -> a.contains("启用动态口令"));
        assertThat(status(() -> totp.confirm(full, org.xuncha.platform.security.internal.crypto.Totp.code(secret, now + 30), false)))
                .as("an administrator cannot turn it off").isEqualTo("403 second_factor_mandatory");

        assertThat(status(() -> signIns.signIn("audit.admin", PASSWORD, null, "10.0.0.6"))).isEqualTo("401 totp_required");
        f.clock.advance(java.time.Duration.ofSeconds(30));
        String code = org.xuncha.platform.security.internal.crypto.Totp.code(secret, now + 30);
        SignInService.SignedIn again = signIns.signIn("audit.admin", PASSWORD, code, "10.0.0.6");
        assertThat(sessions.find(again.sessionToken()).enrolmentRequired()).isFalse();

        SignInService.SignedIn business = signIns.signIn("office.user", PASSWORD, null, "10.0.0.6");
        assertThat(sessions.find(business.sessionToken()).enrolmentRequired()).as("business accounts choose").isFalse();
    }

    @Test
    void eachRefusalIsAnsweredAndAuditedUnderTheNameTried() {
        start(Map.of("maxFailedLogins", 2));
        assertThat(status(() -> signIns.signIn("nobody.here", PASSWORD, null, "10.0.0.2"))).isEqualTo("401 bad_credentials");
        assertThat(f.audited()).last().asString().isEqualTo("LOGIN_FAILED nobody.here user null 用户名或密码错误");
        assertThat(status(() -> signIns.signIn("office.user", "Wrong-Passw0rd!", null, "10.0.0.2"))).isEqualTo("401 bad_credentials");
        assertThat(status(() -> signIns.signIn("office.user", "Wrong-Passw0rd!", null, "10.0.0.2"))).isEqualTo("423 locked");
        assertThat(status(() -> signIns.signIn("office.user", PASSWORD, null, "10.0.0.2"))).isEqualTo("423 locked");
        assertThat(f.audited()).last().asString().isEqualTo("LOGIN_FAILED office.user user null 账号已锁定，登录被拒");
    }

    @Test
    void malformedSignInsAreRefusedByFieldBeforeAnyCheck() {
        start(Map.of());
        assertThatThrownBy(() -> signIns.signIn("u".repeat(51), "p".repeat(129), "1".repeat(11), "10.0.0.3"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(FieldError::field)
                        .containsExactly("username", "password", "totp"));
        assertThatThrownBy(() -> signIns.signIn(null, null, null, "10.0.0.3"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fields()).extracting(FieldError::code)
                        .containsExactly("required", "required"));
        assertThat(f.audited()).noneMatch(a -> a.startsWith("LOGIN"));
    }

    @Test
    void oneAddressTriesOnlySoOftenAMinute() {
        start(Map.of("loginAttemptsPerMinute", 2));
        status(() -> signIns.signIn("office.user", "Wrong-Passw0rd!", null, "10.0.0.4"));
        status(() -> signIns.signIn("office.user", "Wrong-Passw0rd!", null, "10.0.0.4"));
        assertThat(status(() -> signIns.signIn("office.user", PASSWORD, null, "10.0.0.4"))).isEqualTo("429 too_many_attempts");
        assertThat(signIns.signIn("office.user", PASSWORD, null, "10.0.0.5").user()).as("another address").isNotNull();
        f.clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(signIns.signIn("office.user", PASSWORD, null, "10.0.0.4").user()).isNotNull();
    }

    @Test
    void aLostAuthenticatorIsResetByTheSecurityAdministratorItsSessionsEndAndAnAdministratorEnrolsAgain() {
        start(Map.of());
        SecondFactorReset resets = new SecondFactorReset(totp, sessions, new org.xuncha.platform.security.internal.jaas.ConsoleSessions());
        long now = f.clock.millis() / 1000;
        String adminSecret = enrol("audit.admin", now);
        String userSecret = enrol("office.user", now);
        f.clock.advance(java.time.Duration.ofSeconds(30));
        String admin = signIns.signIn("audit.admin", PASSWORD, Totp.code(adminSecret, now + 30), "10.0.0.7").sessionToken();
        String user = signIns.signIn("office.user", PASSWORD, Totp.code(userSecret, now + 30), "10.0.0.7").sessionToken();
        long adminId = id("audit.admin");
        long userId = id("office.user");
        Caller sec = account("sec.admin", org.xuncha.platform.security.internal.SecurityDescriptor.ROLES_MANAGE);
        Caller sys = account("office.user", org.xuncha.platform.security.internal.SecurityDescriptor.USERS_MANAGE);

        assertThat(status(() -> resets.reset(sys, adminId))).as("not the system administrator's").isEqualTo("403 forbidden");
        assertThat(status(() -> resets.reset(sec, sec.userId()))).as("never one's own").isEqualTo("409 self");
        assertThat(sessions.find(admin)).isNotNull();

        assertThat(resets.reset(sec, "audit.admin").totpEnabled()).isFalse();
        assertThat(sessions.find(admin)).as("its sessions ended").isNull();
        assertThat(f.audited()).last().asString().contains("重置动态口令 audit.admin（认证器丢失；下次登录须重新绑定）");
        SignInService.SignedIn again = signIns.signIn("audit.admin", PASSWORD, null, "10.0.0.7");
        assertThat(sessions.find(again.sessionToken()).enrolmentRequired()).as("an administrator enrols again").isTrue();

        resets.reset(sec, userId);
        assertThat(sessions.find(user)).isNull();
        assertThat(f.audited()).last().asString().contains("重置动态口令 office.user（认证器丢失；已停用动态口令）");
        SignInService.SignedIn business = signIns.signIn("office.user", PASSWORD, null, "10.0.0.7");
        assertThat(sessions.find(business.sessionToken()).enrolmentRequired()).as("a business account: the factor is off").isFalse();
        assertThat(status(() -> resets.reset(sec, userId))).isEqualTo("409 no_second_factor");
        assertThat(status(() -> resets.reset(sec, "nobody.here"))).isEqualTo("404 not_found");
    }

    /** Turns the account's second factor on, as its owner does; returns the secret. */
    private String enrol(String username, long now) {
        Caller me = account(username);
        String secret = totp.start(me).get("secret");
        totp.confirm(me, Totp.code(secret, now), true);
        return secret;
    }

    private long id(String username) {
        return logins.activeUser(username).orElseThrow().id();
    }

    private Caller account(String username, String... permissions) {
        return new Caller(id(username), username, username, null, null, Set.of(), Set.of(permissions),
                org.xuncha.platform.api.security.DataScope.everything());
    }

    private static String status(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.status() + " " + e.code();
        }
        return "200";
    }
}
