package org.xuncha.platform.security.internal;

import java.nio.file.Path;
import java.security.SecureRandom;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.StartRefusal;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.security.internal.crypto.FieldKeys;
import org.xuncha.platform.security.internal.crypto.KekSecret;
import org.xuncha.platform.security.internal.crypto.KeyCustody;
import org.xuncha.platform.security.internal.crypto.KeyDirectory;
import org.xuncha.platform.security.internal.crypto.KeyRegistry;
import org.xuncha.platform.security.internal.crypto.PasswordHasher;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.platform.security.internal.crypto.WrappedKeyStore;

/**
 * What the rest of the security bundle starts from: the keys, opened with the key-encryption secret
 * given at start and held against what the database needs ({@link KeyCustody}), then its tables
 * migrated, its configuration. Without the secret, or with keys missing or replaced, it refuses:
 * nothing is written, the bundle's services never appear (so nothing can be read, written or
 * audited), karaf.log says why and a {@link StartRefusal} service lets {@code /api/health} say it.
 *
 * <p>The keys are opened by {@link KeyOpening} on a thread of its own (the bundle start goes on
 * meanwhile); this component waits for them ({@link OpenedKeys}) and then migrates the schema and
 * registers the keys in the database. It registers no service of its own while it activates: a
 * registration from inside the constructor lets other bundles' trackers ask for this very component
 * before it exists (a service-factory cycle that left the bundle dead on some starts).
 */
@Component(service = SecuritySetup.class, configurationPid = "org.xuncha.security")
@Designate(ocd = SecurityConfig.class)
public class SecuritySetup {

    public static final String MODULE = "security";
    /** A new secret to wrap the keys under at this start (a custodian left); from then on start with it. */
    public static final String ENV_NEW_KEK_FILE = "XUNCHA_KEK_NEW_FILE";

    private static final Logger LOG = LoggerFactory.getLogger(SecuritySetup.class);

    private final SecureRandom random = new SecureRandom();
    private final KeyDirectory keys;
    private final KeyCustody custody;
    private final PasswordHasher hasher;
    private volatile SecurityConfig config;

    @Activate
    public SecuritySetup(SecurityConfig config, @Reference OpenedKeys opened, @Reference SchemaMigrator migrator,
                         @Reference(target = "(osgi.jndi.service.name=xuncha)") DataSource dataSource) {
        this.config = config;
        this.keys = opened.directory();
        this.custody = opened.custody();
        migrate(custody, migrator, dataSource);
        this.hasher = new PasswordHasher(random);
    }

    /** For tests: the secret and the key-derivation cost given, no refusal published. */
    public SecuritySetup(SecurityConfig config, SchemaMigrator migrator, DataSource dataSource, KekSecret secret, WrappedKeyStore.Kdf kdf) {
        this(config, openKeys(config, secret, kdf, dataSource, new SecureRandom()), migrator, dataSource);
    }

    private static KeyDirectory keyDirectory(SecurityConfig config) {
        String dir = config.keyDirectory().isBlank() ? System.getProperty("karaf.etc", "etc") + "/xuncha-keys" : config.keyDirectory();
        return new KeyDirectory(Path.of(dir));
    }

    /**
     * Keys first, checked against the database before anything is written (then, if asked, wrapped under a
     * new secret); the schema and the key registry follow in the constructor. Slow by design (Argon2id).
     */
    static OpenedKeys openKeys(SecurityConfig config, KekSecret secret, WrappedKeyStore.Kdf kdf, DataSource ds, SecureRandom random) {
        KeyDirectory keys = keyDirectory(config);
        KeyCustody custody = KeyCustody.open(keys, secret, kdf, KeyRegistry.read(ds), random);
        rewrapIfAsked(custody, random);
        return new OpenedKeys(keys, custody);
    }

    private static void migrate(KeyCustody custody, SchemaMigrator migrator, DataSource ds) {
        migrator.migrate(MODULE, SecuritySetup.class.getClassLoader(), "db/security/changelog.xml");
        custody.register(ds, System.currentTimeMillis());
    }

    private static void rewrapIfAsked(KeyCustody custody, SecureRandom random) {
        String file = System.getenv(ENV_NEW_KEK_FILE);
        if (file != null && !file.isBlank()) {
            KekSecret fresh = KekSecret.fromFile(file.strip(), ENV_NEW_KEK_FILE);
            custody.rewrap(fresh, random);
            LOG.warn("密钥已改用新的密钥加密口令（{}）包裹：今后启动须以它为 {} / the keys are now wrapped under the new secret ({}): start with it"
                    + " as {} from now on", fresh.source(), KekSecret.ENV_FILE, fresh.source(), KekSecret.ENV_FILE);
        }
    }

    @Modified
    void modified(SecurityConfig config) {
        this.config = config;
    }

    public SecurityConfig config() {
        return config;
    }

    public SecureRandom random() {
        return random;
    }

    public FieldKeys fieldKeys() {
        return custody.fieldKeys();
    }

    public Sm2Seal seal() {
        return custody.seal();
    }

    /** Every seal key by id, the current one and those before a rotation. */
    public java.util.Map<String, Sm2Seal> seals() {
        return custody.seals(random);
    }

    /** A new current seal key (see {@link KeyCustody#rotateSeal}); returns its id. */
    public String rotateSeal(java.util.function.Consumer<org.xuncha.platform.security.internal.crypto.KeyRegistry.Entry> registrar) {
        return custody.rotateSeal(registrar, random);
    }

    /** The installation's tag, which its key ids carry. */
    public String installation() {
        return custody.store().installation();
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public KeyDirectory keys() {
        return keys;
    }
}
