package org.xuncha.platform.security.internal.account;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.security.internal.SecurityDescriptor;
import org.xuncha.platform.security.internal.SecurityFixture;
import org.xuncha.testkit.InMemoryReferenceData;

/**
 * The account services wired as SCR wires them, on {@link SecurityFixture}'s database, after the
 * first start made the three administrators. The credentials file goes to a temporary
 * {@code karaf.data}. Reference data (another bundle) answers for division 371500 and person 42 only.
 */
final class AccountFixture implements AutoCloseable {

    static final String CITY = "371500";
    static final long PERSON = 42;
    /** Permissions of a business module, as its descriptor declares them. */
    static final ModuleDescriptor BUSINESS = module("round-planning",
            new PermissionDefinition("round-planning.round.read", "查看", "Read", Set.of(Roles.OFFICE_STAFF, Roles.SYS_ADMIN)),
            new PermissionDefinition("round-planning.round.write", "维护", "Write", Set.of(Roles.OFFICE_STAFF)));
    static final ModuleDescriptor SECURITY = module("security",
            new PermissionDefinition(SecurityDescriptor.USERS_READ, "查看账号", "Read accounts", Set.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN)),
            new PermissionDefinition(SecurityDescriptor.USERS_MANAGE, "账号管理", "Manage accounts", Set.of(Roles.SYS_ADMIN)),
            new PermissionDefinition(SecurityDescriptor.ROLES_MANAGE, "角色", "Roles", Set.of(Roles.SECURITY_ADMIN)),
            new PermissionDefinition(SecurityDescriptor.AUDIT_READ, "审计", "Audit", Set.of(Roles.SECURITY_AUDITOR, Roles.SECURITY_ADMIN)));

    final SecurityFixture base;
    final Path credentials;
    final CallerEpoch epoch = new CallerEpoch();
    final AccountReferences references = new AccountReferences();
    final ReferenceDataService reference = reference();
    final DefaultGrants defaults;
    final PermissionCatalog catalog;
    final RoleService roles;
    final LoginService logins;
    final UserService users;
    final PasswordService passwords;
    final TotpService totp;
    final AccountProvisioner provisioner;
    private final String karafData = System.getProperty("karaf.data");

    AccountFixture(Path dir, Map<String, Object> settings) {
        System.setProperty("karaf.data", dir.resolve("data").toString());
        credentials = dir.resolve("data").resolve("xuncha").resolve("initial-credentials.txt");
        base = new SecurityFixture(dir.resolve("keys"), settings);
        defaults = new DefaultGrants(base.store, epoch);
        catalog = new PermissionCatalog(defaults);
        roles = new RoleService(base.store, catalog, epoch);
        logins = new LoginService(base.store, base.setup, new AdminBootstrap(base.store, base.setup));
        users = new UserService(base.store, base.setup, references, epoch);
        passwords = new PasswordService(base.store, base.setup, epoch);
        totp = new TotpService(base.store, base.setup, epoch);
        provisioner = new AccountProvisioner(base.store, base.setup, references, epoch);
        references.setReference(reference);
    }

    AccountFixture(Path dir) {
        this(dir, Map.of());
    }

    @Override
    public void close() throws Exception {
        base.close();
        if (karafData == null) {
            System.clearProperty("karaf.data");
        } else {
            System.setProperty("karaf.data", karafData);
        }
    }

    /** A signed-in account's caller with these permissions (not those of its roles: the services check what they are given). */
    Caller caller(String username, String... permissions) {
        long id = users.idOf(username).orElseThrow();
        return new Caller(id, username, username, null, null, Set.of(), Set.of(permissions), DataScope.everything());
    }

    Caller sysadmin() {
        return caller("sysadmin", SecurityDescriptor.USERS_READ, SecurityDescriptor.USERS_MANAGE);
    }

    Caller secadmin() {
        return caller("secadmin", SecurityDescriptor.USERS_READ, SecurityDescriptor.ROLES_MANAGE, SecurityDescriptor.KEYS_MANAGE);
    }

    /** Creates an office account and gives it its password, as the two administrators and the user would. */
    long account(String username, String password) {
        long id = ((UserView) users.create(sysadmin(), new UserDraft(username, "用户" + username, null, null, null)).get("user")).id();
        base.db().write(em -> {
            UserEntity u = em.find(UserEntity.class, id);
            u.passwordHash = base.setup.hasher().hash(password.toCharArray());
            u.credentialRequestedAt = null;
            return null;
        });
        return id;
    }

    static ModuleDescriptor module(String id, PermissionDefinition... permissions) {
        return new AbstractModuleDescriptor(id, id, id, "1.0.0", ModuleLevel.BOTH) {
            @Override
            public List<PermissionDefinition> permissions() {
                return List.of(permissions);
            }
        };
    }

    /** The platform's reference data as far as accounts ask it: whether a division or a person exists. */
    private static ReferenceDataService reference() {
        InMemoryReferenceData reference = new InMemoryReferenceData();
        reference.addDivision(CITY, "聊城市", null);
        reference.add(new Person(PERSON, "张三", 1L, null, null, Person.Leadership.STAFF, CITY, true, 0L));
        return reference;
    }
}
