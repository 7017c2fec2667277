package org.xuncha.platform.security.internal.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AccountProvisioning;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.crypto.Totp;

/**
 * Accounts, their roles, and the role → permission map. Enforces the separation of the three
 * administrators (三员分立): an administrator role is never combined with another role, the
 * reserved permissions stay with their own administrator, and no administrator role ever holds a
 * business module's permission.
 */
@Component(service = AccountService.class)
public class AccountService {

    private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
    private static final String MODULE = SecuritySetup.MODULE;
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_.-]{2,49}");
    private static final Set<String> ADMIN_ROLES = Set.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR);
    private static final Set<String> ROLE_IDS = new HashSet<>();

    static {
        Roles.BUILT_IN.forEach(r -> ROLE_IDS.add(r.id()));
    }

    private final EntityManagerFactory emf;
    private final Transactions tx;
    private final SecuritySetup setup;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final Clock clock;
    /** Bumped on every change to accounts, roles or grants, so cached callers are rebuilt. */
    private final AtomicLong epoch = new AtomicLong();
    private final Map<String, String> permissionModules = new ConcurrentHashMap<>();

    /** An account as the administrators see it; never the password hash or TOTP secret. */
    public record UserView(long id, String username, String displayName, String divisionCode, Long personId, Set<String> roles,
                           boolean enabled, boolean locked, boolean mustChangePassword, boolean totpEnabled,
                           LocalDateTime lastLoginAt, LocalDateTime passwordChangedAt, Long version) {
    }

    /** What an administrator sends to create or change an account. */
    public record UserDraft(String username, String displayName, String divisionCode, Long personId, Boolean enabled) {
    }

    /** A role with the permissions it grants. */
    public record RoleView(String id, String nameZh, String nameEn, boolean groupScoped, boolean administrator, Set<String> permissions) {
    }

    /** Outcome of a login attempt. */
    public enum Outcome { OK, BAD_CREDENTIALS, LOCKED, DISABLED, TOTP_REQUIRED, TOTP_INVALID }

    public record LoginResult(Outcome outcome, UserView user, long lockedMinutes) {
    }

    @Activate
    public AccountService(@Reference(target = "(osgi.unit.name=xuncha.security)") EntityManagerFactory emf,
                          @Reference Transactions tx, @Reference SecuritySetup setup, @Reference AuditTrail audit,
                          @Reference FieldCipher cipher, @Reference Clock clock) {
        this.emf = emf;
        this.tx = tx;
        this.setup = setup;
        this.audit = audit;
        this.cipher = cipher;
        this.clock = clock;
        bootstrap();
    }

    public long epoch() {
        return epoch.get();
    }

    /** Something outside the accounts changed what callers may see (a division, a group): rebuild them. */
    public void scopeChanged() {
        epoch.incrementAndGet();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ------------------------------------------------------------ first start

    /** On an empty database: the three administrators, each with a one-time password to change at first login. */
    private void bootstrap() {
        Map<String, String> created = tx.write(emf, em -> {
            long users = em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult();
            if (users > 0) {
                return Map.<String, String>of();
            }
            Map<String, String> passwords = new LinkedHashMap<>();
            Object[][] admins = {{"sysadmin", "系统管理员", Roles.SYS_ADMIN}, {"secadmin", "安全保密管理员", Roles.SECURITY_ADMIN},
                    {"auditor", "安全审计员", Roles.SECURITY_AUDITOR}};
            for (Object[] a : admins) {
                String password = temporaryPassword();
                UserEntity u = newUser((String) a[0], (String) a[1], null, null);
                u.passwordHash = setup.hasher().hash(password.toCharArray());
                em.persist(u);
                em.flush();
                em.persist(new UserRoleEntity(u.id, (String) a[2]));
                passwords.put((String) a[0], password);
                audit.record(em, Caller.system("bootstrap"), AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id,
                        "首次启动创建管理员 " + a[0]));
            }
            return passwords;
        });
        if (!created.isEmpty()) {
            writeInitialCredentials(created);
        }
    }

    private Path writeInitialCredentials(Map<String, String> passwords) {
        Path file = Path.of(System.getProperty("karaf.data", "data"), "xuncha", "initial-credentials.txt");
        StringBuilder sb = new StringBuilder("# 首次登录凭据 / first-login credentials. Each password must be changed at first login.\n"
                + "# Delete this file once the administrators have signed in.\n");
        try {
            if (Files.exists(file)) {
                // keep the other accounts' lines that are still there
                Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && l.contains("="))
                        .filter(l -> !passwords.containsKey(l.substring(0, l.indexOf('=')))).forEach(l -> sb.append(l).append('\n'));
            }
            passwords.forEach((u, p) -> sb.append(u).append('=').append(p).append('\n'));
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                // private from the first byte on, not after the write
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file); // restricted by the administrator on other systems (docs/security.md)
            }
            Files.writeString(file, sb.toString());
            LOG.info("One-time passwords of administrator accounts {} are in {}", passwords.keySet(), file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }

    private String temporaryPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(setup.random().nextInt(alphabet.length())));
        }
        // Guarantee every class the policy may ask for.
        return sb.append("-7a").toString();
    }

    private UserEntity newUser(String username, String displayName, String division, Long personId) {
        UserEntity u = new UserEntity();
        u.username = username;
        u.displayName = displayName;
        u.divisionCode = division;
        u.personId = personId;
        u.passwordChangedAt = now();
        u.mustChangePassword = true;
        u.createdAt = now();
        return u;
    }

    // ------------------------------------------------------------ login

    public LoginResult authenticate(String username, char[] password, String totpCode) {
        return tx.write(emf, em -> {
            UserEntity u = byUsername(em, username);
            if (u == null) {
                // Same work as a real check, so response time does not tell which accounts exist.
                setup.hasher().verify(password, "$argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
                return new LoginResult(Outcome.BAD_CREDENTIALS, null, 0);
            }
            LocalDateTime now = now();
            if (u.lockedUntil != null && u.lockedUntil.isAfter(now)) {
                return new LoginResult(Outcome.LOCKED, null, Math.max(1, Duration.between(now, u.lockedUntil).toMinutes() + 1));
            }
            if (!setup.hasher().verify(password, u.passwordHash)) {
                return failed(em, u, now, Outcome.BAD_CREDENTIALS);
            }
            if (!u.enabled) {
                return new LoginResult(Outcome.DISABLED, null, 0);
            }
            if (u.totpEnabled) {
                if (totpCode == null || totpCode.isBlank()) {
                    return new LoginResult(Outcome.TOTP_REQUIRED, null, 0);
                }
                if (!acceptCode(u, totpCode.trim())) {
                    return failed(em, u, now, Outcome.TOTP_INVALID);
                }
            }
            u.failedAttempts = 0;
            u.lockedUntil = null;
            u.lastLoginAt = now;
            int expiry = setup.config().passwordExpiryDays();
            if (expiry > 0 && u.passwordChangedAt.plusDays(expiry).isBefore(now)) {
                u.mustChangePassword = true;
            }
            return new LoginResult(Outcome.OK, view(em, u), 0);
        });
    }

    /** A wrong password or one-time code: counts toward the lockout, whichever factor failed. */
    private LoginResult failed(EntityManager em, UserEntity u, LocalDateTime now, Outcome outcome) {
        u.failedAttempts++;
        if (u.failedAttempts >= setup.config().maxFailedLogins()) {
            u.lockedUntil = now.plusMinutes(setup.config().lockoutMinutes());
            u.failedAttempts = 0;
            audit.record(em, Caller.system("login"), AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id,
                    "连续登录失败，锁定账号 " + u.username));
            return new LoginResult(Outcome.LOCKED, null, setup.config().lockoutMinutes());
        }
        return new LoginResult(outcome, null, 0);
    }

    /** The active, enabled account with this name. */
    public Optional<UserView> activeUser(String username) {
        return tx.read(emf, em -> {
            UserEntity u = byUsername(em, username);
            return u == null || !u.enabled ? Optional.<UserView>empty() : Optional.of(view(em, u));
        });
    }

    private static UserEntity byUsername(EntityManager em, String username) {
        if (username == null) {
            return null;
        }
        List<UserEntity> list = em.createQuery("select u from UserEntity u where u.username = :n", UserEntity.class)
                .setParameter("n", username.trim()).getResultList();
        return list.isEmpty() ? null : list.get(0);
    }

    public Set<String> permissionsOf(Collection<String> roles) {
        if (roles.isEmpty()) {
            return Set.of();
        }
        return tx.read(emf, em -> new HashSet<>(em.createQuery(
                "select distinct g.permissionId from RolePermissionEntity g where g.roleId in :r", String.class)
                .setParameter("r", roles).getResultList()));
    }

    // ------------------------------------------------------------ own account

    public void changePassword(Caller caller, String oldPassword, String newPassword) {
        new Checks().required("oldPassword", oldPassword, "原密码", "current password")
                .required("newPassword", newPassword, "新密码", "new password").throwIfInvalid();
        List<FieldError> policy = new PasswordPolicy(setup.config().passwordMinLength(), setup.config().passwordMinClasses())
                .check(caller.username(), newPassword);
        if (!policy.isEmpty()) {
            throw ApiException.validation(policy);
        }
        tx.write(emf, em -> {
            UserEntity u = em.find(UserEntity.class, caller.userId());
            if (u == null) {
                throw ApiException.unauthenticated();
            }
            if (!setup.hasher().verify(oldPassword.toCharArray(), u.passwordHash)) {
                throw ApiException.validation(List.of(new FieldError("oldPassword", "wrong", "原密码不正确", "The current password is wrong")));
            }
            List<String> recent = new ArrayList<>();
            recent.add(u.passwordHash);
            recent.addAll(em.createQuery("select h.passwordHash from PasswordHistoryEntity h where h.userId = :u order by h.changedAt desc",
                    String.class).setParameter("u", u.id).setMaxResults(Math.max(0, setup.config().passwordHistory() - 1)).getResultList());
            for (String old : recent.subList(0, Math.min(recent.size(), Math.max(1, setup.config().passwordHistory())))) {
                if (setup.hasher().verify(newPassword.toCharArray(), old)) {
                    throw ApiException.validation(List.of(new FieldError("newPassword", "reused",
                            "不能使用最近" + setup.config().passwordHistory() + "次用过的密码",
                            "The password must differ from the last " + setup.config().passwordHistory())));
                }
            }
            em.persist(new PasswordHistoryEntity(u.id, u.passwordHash, now()));
            u.passwordHash = setup.hasher().hash(newPassword.toCharArray());
            u.passwordChangedAt = now();
            u.mustChangePassword = false;
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id, "修改本人密码"));
            return null;
        });
        epoch.incrementAndGet();
    }

    /** Starts TOTP enrolment: a new secret, not active until confirmed with a code. */
    public Map<String, String> startTotp(Caller caller) {
        String secret = Totp.newSecret(setup.random());
        tx.write(emf, em -> {
            UserEntity u = em.find(UserEntity.class, caller.userId());
            if (u.totpEnabled) {
                throw ApiException.conflict("totp_enabled", "已启用动态口令，请先停用", "The second factor is already on; turn it off first");
            }
            u.totpSecret = cipher.encrypt(secret);
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id, "开始绑定动态口令"));
            return null;
        });
        String uri = "otpauth://totp/xuncha:" + caller.username() + "?secret=" + secret + "&issuer=xuncha";
        return Map.of("secret", secret, "otpauthUri", uri);
    }

    /**
     * Whether the code is right now and newer than the last one accepted for this account (which it
     * then becomes): a code seen on the wire or over a shoulder cannot be used a second time.
     */
    private boolean acceptCode(UserEntity u, String code) {
        OptionalLong step = Totp.matchingStep(cipher.decrypt(u.totpSecret), code, clock.millis() / 1000);
        if (step.isEmpty() || (u.totpLastStep != null && step.getAsLong() <= u.totpLastStep)) {
            return false;
        }
        u.totpLastStep = step.getAsLong();
        return true;
    }

    public void confirmTotp(Caller caller, String code, boolean enable) {
        tx.write(emf, em -> {
            UserEntity u = em.find(UserEntity.class, caller.userId());
            if (u.totpSecret == null || !acceptCode(u, code)) {
                throw ApiException.validation(List.of(new FieldError("code", "wrong", "动态口令不正确", "The code is wrong")));
            }
            u.totpEnabled = enable;
            if (!enable) {
                u.totpSecret = null;
                u.totpLastStep = null;
            }
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id, enable ? "启用动态口令" : "停用动态口令"));
            return null;
        });
    }

    // ------------------------------------------------------------ system administrator

    public Page<UserView> users(Caller caller, String text, PageRequest page) {
        caller.require(SecurityDescriptor.USERS_READ);
        return tx.read(emf, em -> {
            String where = text == null || text.isBlank() ? "" : " where lower(u.username) like :t or lower(u.displayName) like :t";
            var count = em.createQuery("select count(u) from UserEntity u" + where, Long.class);
            var list = em.createQuery("select u from UserEntity u" + where + " order by u.username", UserEntity.class);
            if (!where.isEmpty()) {
                count.setParameter("t", "%" + text.trim().toLowerCase() + "%");
                list.setParameter("t", "%" + text.trim().toLowerCase() + "%");
            }
            List<UserView> items = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()
                    .stream().map(u -> view(em, u)).toList();
            return new Page<>(items, count.getSingleResult(), page.page(), page.size());
        });
    }

    public UserView user(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_READ);
        return tx.read(emf, em -> view(em, find(em, id)));
    }

    /** Creates an account without roles (the security administrator assigns them); returns it with its one-time password. */
    public Map<String, Object> create(Caller caller, UserDraft d) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        new Checks().required("username", d.username(), "用户名", "username")
                .pattern("username", d.username(), USERNAME, "用户名（字母开头，3-50位字母数字._-）", "username (3-50 letters, digits, . _ -, starting with a letter)")
                .required("displayName", d.displayName(), "姓名", "display name").maxLength("displayName", d.displayName(), 50, "姓名", "display name")
                .maxLength("divisionCode", d.divisionCode(), 12, "所属区划", "division")
                .throwIfInvalid();
        String password = temporaryPassword();
        UserView created = tx.write(emf, em -> {
            if (byUsername(em, d.username()) != null) {
                throw ApiException.validation(List.of(new FieldError("username", "duplicate", "用户名已存在", "The username is taken")));
            }
            UserEntity u = newUser(d.username().trim(), d.displayName().trim(), blank(d.divisionCode()), d.personId());
            u.enabled = d.enabled() == null || d.enabled();
            u.passwordHash = setup.hasher().hash(password.toCharArray());
            em.persist(u);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "user", u.id, "创建账号 " + u.username));
            return view(em, u);
        });
        epoch.incrementAndGet();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("user", created);
        result.put("initialPassword", password);
        return result;
    }

    public UserView update(Caller caller, long id, UserDraft d) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        new Checks().required("displayName", d.displayName(), "姓名", "display name").maxLength("displayName", d.displayName(), 50, "姓名", "display name")
                .maxLength("divisionCode", d.divisionCode(), 12, "所属区划", "division").throwIfInvalid();
        UserView v = tx.write(emf, em -> {
            UserEntity u = find(em, id);
            if (d.enabled() != null && !d.enabled() && u.id == caller.userId()) {
                throw ApiException.conflict("self_disable", "不能停用自己的账号", "You cannot disable your own account");
            }
            u.displayName = d.displayName().trim();
            u.divisionCode = blank(d.divisionCode());
            u.personId = d.personId();
            if (d.enabled() != null) {
                u.enabled = d.enabled();
            }
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, "user", u.id, "修改账号 " + u.username));
            return view(em, u);
        });
        epoch.incrementAndGet();
        return v;
    }

    /**
     * A new one-time password. For the security administrator's and the auditor's accounts it goes
     * to the server's credentials file, not to the system administrator, who could otherwise sign
     * in as them and read the audit trail (三员分立).
     */
    public Map<String, Object> resetPassword(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        String password = temporaryPassword();
        UserView v = tx.write(emf, em -> {
            UserEntity u = find(em, id);
            u.passwordHash = setup.hasher().hash(password.toCharArray());
            u.mustChangePassword = true;
            u.passwordChangedAt = now();
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id, "重置密码 " + u.username));
            return view(em, u);
        });
        epoch.incrementAndGet();
        if (v.roles().contains(Roles.SECURITY_ADMIN) || v.roles().contains(Roles.SECURITY_AUDITOR)) {
            Path file = writeInitialCredentials(Map.of(v.username(), password));
            return Map.of("deliveredTo", file.toString());
        }
        return Map.of("initialPassword", password);
    }

    public UserView unlock(Caller caller, long id) {
        caller.require(SecurityDescriptor.USERS_MANAGE);
        return tx.write(emf, em -> {
            UserEntity u = find(em, id);
            u.lockedUntil = null;
            u.failedAttempts = 0;
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id, "解锁账号 " + u.username));
            return view(em, u);
        });
    }

    // ------------------------------------------------------------ security administrator

    public UserView setRoles(Caller caller, long id, Set<String> roles) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        Set<String> wanted = roles == null ? Set.of() : new TreeSet<>(roles);
        Checks checks = checkRoles(new Checks(), wanted);
        checks.check(id == caller.userId(), "roles", "self", "不能修改自己的角色", "You cannot change your own roles");
        checks.throwIfInvalid();
        UserView v = tx.write(emf, em -> {
            UserEntity u = find(em, id);
            em.createQuery("delete from UserRoleEntity r where r.userId = :u").setParameter("u", u.id).executeUpdate();
            for (String r : wanted) {
                em.persist(new UserRoleEntity(u.id, r));
            }
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "user", u.id,
                    "设置账号 " + u.username + " 的角色：" + String.join(",", wanted)));
            return view(em, u);
        });
        epoch.incrementAndGet();
        return v;
    }

    /** Known roles only, and an administrator role never combined with another (三员分立). */
    private static Checks checkRoles(Checks checks, Set<String> wanted) {
        for (String r : wanted) {
            checks.check(!ROLE_IDS.contains(r), "roles", "invalid", "未知角色：" + r, "unknown role: " + r);
        }
        Set<String> admin = new HashSet<>(wanted);
        admin.retainAll(ADMIN_ROLES);
        checks.check(!admin.isEmpty() && wanted.size() > 1, "roles", "separation_of_duties",
                "三员分立：系统管理员、安全保密管理员、安全审计员角色不能与其他任何角色兼任",
                "Separation of duties: an administrator role cannot be combined with any other role");
        return checks;
    }

    // ------------------------------------------------------------ platform processes

    /**
     * Creates an account with its roles and a given one-time password, for platform processes
     * ({@link AccountProvisioning}): both administrators' permissions are needed, so only the system
     * caller gets through.
     */
    public long provision(Caller caller, AccountProvisioning.AccountRequest r) {
        caller.require(SecurityDescriptor.USERS_MANAGE).require(SecurityDescriptor.ROLES_MANAGE);
        Set<String> wanted = new TreeSet<>(r.roles());
        Checks checks = new Checks().required("username", r.username(), "用户名", "username")
                .pattern("username", r.username(), USERNAME, "用户名（字母开头，3-50位字母数字._-）", "username (3-50 letters, digits, . _ -, starting with a letter)")
                .required("displayName", r.displayName(), "姓名", "display name").maxLength("displayName", r.displayName(), 50, "姓名", "display name")
                .maxLength("divisionCode", r.divisionCode(), 12, "所属区划", "division");
        checkRoles(checks, wanted).throwIfInvalid();
        List<FieldError> policy = new PasswordPolicy(setup.config().passwordMinLength(), setup.config().passwordMinClasses())
                .check(r.username(), r.initialPassword());
        if (!policy.isEmpty()) {
            throw ApiException.validation(policy);
        }
        long id = tx.write(emf, em -> {
            if (byUsername(em, r.username()) != null) {
                throw ApiException.validation(List.of(new FieldError("username", "duplicate", "用户名已存在", "The username is taken")));
            }
            UserEntity u = newUser(r.username().trim(), r.displayName().trim(), blank(r.divisionCode()), r.personId());
            u.passwordHash = setup.hasher().hash(r.initialPassword().toCharArray());
            em.persist(u);
            em.flush();
            for (String role : wanted) {
                em.persist(new UserRoleEntity(u.id, role));
            }
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "user", u.id,
                    "创建账号 " + u.username + "，角色：" + String.join(",", wanted)));
            return u.id;
        });
        epoch.incrementAndGet();
        return id;
    }

    /** The id of the account with this name, enabled or not. */
    public Optional<Long> idOf(String username) {
        return tx.read(emf, em -> Optional.ofNullable(byUsername(em, username)).map(u -> u.id));
    }

    public List<RoleView> roles(Caller caller) {
        caller.requireAny(SecurityDescriptor.USERS_READ, SecurityDescriptor.ROLES_MANAGE);
        return tx.read(emf, em -> {
            Map<String, Set<String>> grants = new HashMap<>();
            for (RolePermissionEntity g : em.createQuery("select g from RolePermissionEntity g", RolePermissionEntity.class).getResultList()) {
                grants.computeIfAbsent(g.roleId, r -> new TreeSet<>()).add(g.permissionId);
            }
            return Roles.BUILT_IN.stream().map(r -> new RoleView(r.id(), r.nameZh(), r.nameEn(), r.groupScoped(), r.administrator(),
                    grants.getOrDefault(r.id(), Set.of()))).toList();
        });
    }

    public RoleView setRolePermissions(Caller caller, String roleId, Set<String> permissions) {
        caller.require(SecurityDescriptor.ROLES_MANAGE);
        Set<String> wanted = permissions == null ? Set.of() : new TreeSet<>(permissions);
        Checks checks = new Checks();
        checks.check(!ROLE_IDS.contains(roleId), "roleId", "not_found", "未知角色：" + roleId, "unknown role: " + roleId);
        for (String p : wanted) {
            String module = permissionModules.get(p);
            checks.check(module == null, "permissions", "invalid", "未知权限：" + p, "unknown permission: " + p);
            String[] refusal = module == null ? null : separationOfDuties(roleId, p, module);
            if (refusal != null) {
                checks.add("permissions", "separation_of_duties", refusal[0], refusal[1]);
            }
        }
        checks.throwIfInvalid();
        RoleView v = tx.write(emf, em -> {
            em.createQuery("delete from RolePermissionEntity g where g.roleId = :r").setParameter("r", roleId).executeUpdate();
            for (String p : wanted) {
                em.persist(new RolePermissionEntity(roleId, p));
            }
            audit.record(em, caller, AuditEntry.of(AuditAction.SECURITY, MODULE, "role", roleId,
                    "设置角色 " + roleId + " 的权限（" + wanted.size() + "项）"));
            Roles.RoleDefinition def = Roles.BUILT_IN.stream().filter(r -> r.id().equals(roleId)).findFirst().orElseThrow();
            return new RoleView(def.id(), def.nameZh(), def.nameEn(), def.groupScoped(), def.administrator(), wanted);
        });
        epoch.incrementAndGet();
        return v;
    }

    /** Every permission the installed modules define, with the module that defines it. */
    public Map<String, String> knownPermissions() {
        return Map.copyOf(permissionModules);
    }

    /**
     * Applies a module's default grants for permissions never seen before. Permissions seen before
     * keep whatever the security administrator made of them.
     */
    public void seed(ModuleDescriptor module) {
        for (PermissionDefinition p : module.permissions()) {
            permissionModules.put(p.id(), module.id());
        }
        int granted = tx.write(emf, em -> {
            int n = 0;
            for (PermissionDefinition p : module.permissions()) {
                if (em.find(PermissionSeenEntity.class, p.id()) != null) {
                    continue;
                }
                em.persist(new PermissionSeenEntity(p.id(), module.id(), now()));
                for (String role : p.defaultRoles()) {
                    if (ROLE_IDS.contains(role) && separationOfDuties(role, p.id(), module.id()) == null) {
                        em.persist(new RolePermissionEntity(role, p.id()));
                        n++;
                    }
                }
            }
            if (n > 0) {
                audit.record(em, Caller.system("module-install"), AuditEntry.of(AuditAction.SECURITY, MODULE, "module", module.id(),
                        "模块 " + module.id() + " 的默认授权（" + n + "项）"));
            }
            return n;
        });
        if (granted > 0) {
            epoch.incrementAndGet();
        }
    }

    public void forget(ModuleDescriptor module) {
        for (PermissionDefinition p : module.permissions()) {
            permissionModules.remove(p.id(), module.id());
        }
    }

    // ------------------------------------------------------------ helpers

    /**
     * Why a role may not hold a permission under 三员分立, as {zh, en}; null if it may. A reserved
     * permission belongs to its own administrator only; an administrator role holds no permission
     * of a business module, nor the platform's business ones.
     */
    static String[] separationOfDuties(String roleId, String permission, String module) {
        String reservedFor = SecurityDescriptor.RESERVED.get(permission);
        if (reservedFor != null && !reservedFor.equals(roleId)) {
            return new String[] {"三员分立：权限 " + permission + " 只能授予 " + reservedFor,
                    "Separation of duties: " + permission + " belongs to " + reservedFor + " only"};
        }
        boolean business = !module.equals("platform") && !module.equals(MODULE) || SecurityDescriptor.PLATFORM_BUSINESS.contains(permission);
        if (business && ADMIN_ROLES.contains(roleId)) {
            return new String[] {"三员分立：管理员角色不能获得业务权限 " + permission,
                    "Separation of duties: an administrator role cannot hold business permission " + permission};
        }
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static UserEntity find(EntityManager em, long id) {
        UserEntity u = em.find(UserEntity.class, id);
        if (u == null) {
            throw ApiException.notFound("账号", "account", id);
        }
        return u;
    }

    private UserView view(EntityManager em, UserEntity u) {
        Set<String> roles = new TreeSet<>(em.createQuery("select r.roleId from UserRoleEntity r where r.userId = :u", String.class)
                .setParameter("u", u.id).getResultList());
        boolean locked = u.lockedUntil != null && u.lockedUntil.isAfter(now());
        return new UserView(u.id, u.username, u.displayName, u.divisionCode, u.personId, roles, u.enabled, locked,
                u.mustChangePassword, u.totpEnabled, u.lastLoginAt, u.passwordChangedAt, u.version);
    }
}
