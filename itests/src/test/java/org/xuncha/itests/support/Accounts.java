package org.xuncha.itests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Gets a fresh installation to where tests need it, the way an office would: the three
 * administrators sign in with their one-time passwords and change them; the system administrator
 * creates accounts; the security administrator gives them roles and releases their one-time
 * passwords; each user changes their one-time password at first sign-in.
 */
public final class Accounts {

    /** Passwords that satisfy the default policy. */
    public static final String SYSADMIN_PASSWORD = "Sys-Admin-2026!";
    public static final String SECADMIN_PASSWORD = "Sec-Admin-2026!";
    public static final String AUDITOR_PASSWORD = "Aud-Itor-2026!";
    public static final String USER_PASSWORD = "User-Passw0rd!";

    private final String base;
    private final Path credentials;
    private final SecondFactor factors;
    /** The explicit grant an account of no division needs to see any division (DataScope.ALL_DIVISIONS). */
    public static final String ALL_DIVISIONS = "platform.scope.all-divisions";

    private final Map<String, String> passwords = new HashMap<>();
    private final Set<String> allDivisionRoles = new HashSet<>();
    private Api sysadmin;
    private Api secadmin;
    private Api auditor;

    /**
     * @param base        the /api base URL
     * @param credentials data/xuncha/initial-credentials.txt of the installation
     */
    public Accounts(String base, Path credentials) {
        this.base = base;
        this.credentials = credentials;
        // data/xuncha/initial-credentials.txt of the installation: its folder keeps the second factors
        this.factors = new SecondFactor(credentials.toAbsolutePath().getParent().getParent().getParent());
    }

    /** The administrators' second factors in this installation. */
    public SecondFactor factors() {
        return factors;
    }

    public String base() {
        return base;
    }

    public synchronized Api sysadmin() {
        if (sysadmin == null) {
            sysadmin = firstSignIn("sysadmin", SYSADMIN_PASSWORD);
        }
        return sysadmin;
    }

    public synchronized Api secadmin() {
        if (secadmin == null) {
            secadmin = firstSignIn("secadmin", SECADMIN_PASSWORD);
        }
        return secadmin;
    }

    public synchronized Api auditor() {
        if (auditor == null) {
            auditor = firstSignIn("auditor", AUDITOR_PASSWORD);
        }
        return auditor;
    }

    /** Forgets the administrators' sessions, e.g. after a restart (sessions live in memory only). */
    public synchronized void signInAgain() {
        sysadmin = null;
        secadmin = null;
        auditor = null;
    }

    /**
     * Signs an administrator in with the one-time password, or the changed one if it was already
     * changed, and with the code of its second factor; the first time, enrols the second factor as the
     * enrolment-only session asks (mandatory for administrators).
     */
    private Api firstSignIn(String user, String newPassword) {
        Api api = new Api(base);
        Api.Response r = login(api, user, newPassword);
        if (r.status() != 200) {
            String initial = initialPassword(user);
            r = login(api, user, initial);
            r.expect(200);
            api.post("/auth/password", Map.of("oldPassword", initial, "newPassword", newPassword)).expect(204);
        }
        if (r.json().path("secondFactorEnrolmentRequired").asBoolean()) {
            enrol(api, user);
        }
        return api;
    }

    /** Enrols the second factor on an administrator's enrolment-only session, as the enrolment page does. */
    private void enrol(Api api, String user) {
        String secret = api.post("/auth/totp/setup", Map.of()).expect(200).path("secret").asText();
        factors.enrolled(user, secret);
        api.post("/auth/totp/enable", Map.of("code", factors.nextCode(user))).expect(204);
    }

    /**
     * Signs an account in on this client: an administrator with its second factor enrolled here gives
     * the next unused code with the password. Returns the login answer.
     */
    public Api.Response login(Api api, String user, String password) {
        if (factors.secret(user) != null) {
            return api.post("/auth/login", Map.of("username", user, "password", password, "totp", factors.nextCode(user)));
        }
        return api.login(user, password);
    }

    /** A new client signed in as this administrator (password and code), e.g. a second session of it. */
    public Api signIn(String admin) {
        Api api = new Api(base);
        login(api, admin, adminPassword(admin)).expect(200);
        return api;
    }

    private String initialPassword(String user) {
        try {
            // the newest line for the user: a reset appends or rewrites it
            List<String> lines = Files.readAllLines(credentials);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(user + "=")) {
                    return lines.get(i).substring(user.length() + 1).trim();
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read " + credentials, e);
        }
        throw new AssertionError("no initial password for " + user + " in " + credentials);
    }

    /**
     * Creates an account with these roles (or signs it in again if it exists) and returns it signed in
     * with its own password. {@code personId} links it to a cadre for group scope; may be null.
     */
    public synchronized Api user(String username, String divisionCode, Long personId, String... roles) {
        return user(username, divisionCode, personId, true, roles);
    }

    /**
     * An account of no division whose roles are given no all-divisions grant here: it must see no
     * division (unless a role holds the grant already).
     */
    public synchronized Api withoutDivision(String username, String... roles) {
        return user(username, null, null, false, roles);
    }

    private Api user(String username, String divisionCode, Long personId, boolean grantIfNoDivision, String... roles) {
        if (!passwords.containsKey(username)) {
            if (divisionCode == null && grantIfNoDivision) {
                // an account of no division sees nothing without the explicit grant; these set-up accounts had every division
                for (String role : roles) {
                    grantAllDivisions(role);
                }
            }
            Map<String, Object> draft = new HashMap<>();
            draft.put("username", username);
            draft.put("displayName", username);
            draft.put("divisionCode", divisionCode);
            draft.put("personId", personId);
            JsonNode created = sysadmin().post("/platform/security/users", draft).expect(201);
            long id = created.path("user").path("id").asLong();
            secadmin().put("/platform/security/users/" + id + "/roles", Map.of("roles", List.of(roles))).expect(200);
            Api api = new Api(base);
            String initial = release(id);
            JsonNode first = api.login(username, initial).expect(200);
            api.post("/auth/password", Map.of("oldPassword", initial, "newPassword", USER_PASSWORD)).expect(204);
            passwords.put(username, USER_PASSWORD);
            if (first.path("secondFactorEnrolmentRequired").asBoolean()) {
                enrol(api, username); // an account of an administrator role
            }
            return api;
        }
        Api api = new Api(base);
        login(api, username, passwords.get(username)).expect(200);
        return api;
    }

    /**
     * Has the security administrator grant {@code platform.scope.all-divisions} to a business role
     * (once), so that the role's accounts of no division see every division, as an office gives it
     * explicitly to whoever keeps its reference data.
     */
    public synchronized void grantAllDivisions(String role) {
        if (!allDivisionRoles.add(role) || role.equals("sys-admin") || role.equals("security-admin") || role.equals("security-auditor")) {
            return;
        }
        for (JsonNode r : secadmin().get("/platform/security/roles").expect(200)) {
            if (r.path("id").asText().equals(role)) {
                Set<String> permissions = new TreeSet<>();
                r.path("permissions").forEach(p -> permissions.add(p.asText()));
                if (permissions.add(ALL_DIVISIONS)) {
                    Api.Response put = secadmin().put("/platform/security/roles/" + role + "/permissions", Map.of("permissions", permissions));
                    if (put.status() == 400) {
                        // grants kept for a module that is not installed now are no permissions to send: keep the known ones
                        Set<String> known = new HashSet<>();
                        secadmin().get("/platform/security/permissions").expect(200).forEach(p -> known.add(p.path("id").asText()));
                        permissions.retainAll(known);
                        put = secadmin().put("/platform/security/roles/" + role + "/permissions", Map.of("permissions", permissions));
                    }
                    put.expect(200);
                }
                return;
            }
        }
        throw new AssertionError("no role " + role);
    }

    /**
     * Makes sure a division exists (a county when {@code parentCode} is given), saved by an office
     * account of no division: an account's division must exist before the account is made, so a test
     * whose first office account belongs to a division creates that division first, as an office does.
     */
    public synchronized void division(String code, String nameZh, String parentCode) {
        Map<String, Object> d = new HashMap<>();
        d.put("nameZh", nameZh);
        d.put("level", parentCode == null ? "CITY" : "COUNTY");
        d.put("parentCode", parentCode);
        user("it-divisions", null, null, "office-staff").put("/platform/reference/divisions/" + code, d).expectSaved();
    }

    /**
     * The one-time password of an account the system administrator created or asked a reset for,
     * as the security administrator releases it (三员分立: the system administrator is never told it).
     */
    public String release(long userId) {
        JsonNode released = secadmin().post("/platform/security/users/" + userId + "/release-password", Map.of()).expect(200);
        if (released.has("initialPassword")) {
            return released.path("initialPassword").asText();
        }
        // an administrator's account: the password went to the server's credentials file, where the operator reads it
        return initialPassword(secadmin().get("/platform/security/users/" + userId).expect(200).path("username").asText());
    }

    /** The account id of a user created here. */
    public long userId(String username) {
        JsonNode page = sysadmin().get("/platform/security/users?text=" + username).expect(200);
        for (JsonNode u : page.path("items")) {
            if (u.path("username").asText().equals(username)) {
                return u.path("id").asLong();
            }
        }
        throw new AssertionError("no user " + username);
    }

    /** The password an administrator signs in with once its one-time password is changed. */
    public static String adminPassword(String user) {
        return switch (user) {
            case "sysadmin" -> SYSADMIN_PASSWORD;
            case "secadmin" -> SECADMIN_PASSWORD;
            case "auditor" -> AUDITOR_PASSWORD;
            default -> throw new IllegalArgumentException("not an administrator: " + user);
        };
    }

    /**
     * Runs console commands over SSH as one of the three administrators (signed in on the web first if
     * its second factor is not enrolled yet, so its one-time password is changed and the factor
     * enrolled) and returns the output. Each command is a line of its own at the administrator's
     * interactive console session, which is kept while the distribution runs: only a new one signs in,
     * with the password followed by the next code ({@link Distribution#console(String, java.util.function.Supplier, String...)}).
     */
    public String console(Distribution dist, String admin, String... commands) {
        return dist.console(admin, consolePassword(admin), commands);
    }

    /** The same as {@link #console}: several commands, each refused or run on its own, at one console session. */
    public String consoleSession(Distribution dist, String admin, String... commands) {
        return console(dist, admin, commands);
    }

    private java.util.function.Supplier<String> consolePassword(String admin) {
        if (factors.secret(admin) == null) {
            switch (admin) {
                case "sysadmin" -> sysadmin();
                case "secadmin" -> secadmin();
                case "auditor" -> auditor();
                default -> throw new IllegalArgumentException("not an administrator: " + admin);
            }
        }
        return () -> adminPassword(admin) + factors.nextCode(admin);
    }
}
