package org.xuncha.platform.security.internal;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.security.internal.crypto.FieldKeys;
import org.xuncha.platform.security.internal.crypto.KeyDirectory;
import org.xuncha.platform.security.internal.crypto.PasswordHasher;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;

/**
 * What the rest of the security bundle starts from: its tables migrated, its configuration, the key
 * directory with the field keys and the audit-seal key. It registers no service of its own while it
 * activates: a registration from inside the constructor lets other bundles' trackers ask for this
 * very component before it exists (a service-factory cycle that left the bundle dead on some starts).
 */
@Component(service = SecuritySetup.class, configurationPid = "org.xuncha.security")
@Designate(ocd = SecurityConfig.class)
public class SecuritySetup {

    public static final String MODULE = "security";

    private final SecureRandom random = new SecureRandom();
    private final KeyDirectory keys;
    private final FieldKeys fieldKeys;
    private final Sm2Seal seal;
    private final PasswordHasher hasher;
    private volatile SecurityConfig config;

    @Activate
    public SecuritySetup(SecurityConfig config, @Reference SchemaMigrator migrator) {
        migrator.migrate(MODULE, getClass().getClassLoader(), "db/security/changelog.xml");
        this.config = config;
        String dir = config.keyDirectory().isBlank()
                ? System.getProperty("karaf.etc", "etc") + "/xuncha-keys" : config.keyDirectory();
        this.keys = new KeyDirectory(Path.of(dir));
        this.fieldKeys = new FieldKeys(keys, random);
        fieldKeys.load();
        this.seal = Sm2Seal.load(keys, random);
        this.hasher = new PasswordHasher(random);
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
        return fieldKeys;
    }

    public Sm2Seal seal() {
        return seal;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public KeyDirectory keys() {
        return keys;
    }
}
