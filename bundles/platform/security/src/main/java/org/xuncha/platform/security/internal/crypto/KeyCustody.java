package org.xuncha.platform.security.internal.crypto;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the keys at start and holds them against what the database says it needs: keys are made
 * only for a database that holds nothing yet, a key the database names must be present with the
 * same fingerprint, and clear-text key files from before wrapped keys are wrapped and removed. On
 * refusal ({@link KeyCustodyException}) nothing has been written, neither key files nor the database.
 */
public final class KeyCustody {

    private static final Logger LOG = LoggerFactory.getLogger(KeyCustody.class);

    private final WrappedKeyStore store;
    private final FieldKeys fieldKeys;
    private volatile Sm2Seal seal;
    private final KeyRegistry.Usage usage;

    private KeyCustody(WrappedKeyStore store, SecureRandom random, KeyRegistry.Usage usage) {
        this.store = store;
        this.fieldKeys = new FieldKeys(store, random);
        this.seal = store.currentSeal(random);
        this.usage = usage;
    }

    public static KeyCustody open(KeyDirectory dir, KekSecret secret, WrappedKeyStore.Kdf kdf, KeyRegistry.Usage usage, SecureRandom random) {
        Map<String, byte[]> legacyFields = FieldKeys.readLegacy(dir);
        Sm2Seal legacySeal = Sm2Seal.readLegacy(dir, random);
        boolean legacy = !legacyFields.isEmpty() || legacySeal != null;
        boolean changed = false;
        WrappedKeyStore store;
        if (WrappedKeyStore.exists(dir)) {
            store = WrappedKeyStore.open(dir, secret);
        } else if (legacy || usage.empty()) {
            store = WrappedKeyStore.create(dir, secret, kdf, random);
            changed = true;
        } else {
            throw missing(dir, needed(usage), usage);
        }
        // clear-text keys from before wrapped keys keep their ids: stored data names them
        for (Map.Entry<String, byte[]> e : legacyFields.entrySet()) {
            if (!store.hasFieldKey(e.getKey())) {
                store.putFieldKey(e.getKey(), e.getValue(), false);
                changed = true;
            }
        }
        if (legacySeal != null && !store.hasSealKey(legacySeal.keyId())) {
            store.putSealKey(legacySeal, false);
            changed = true;
        }
        if (store.currentFieldKey() == null) {
            store.putFieldKey(store.nextFieldKeyId(), FieldKeys.newKey(random), true);
        }
        if (store.currentSeal(random) == null) {
            store.putSealKey(Sm2Seal.generate(store.nextSealKeyId(), random), true);
        }
        check(dir, store, usage);
        if (changed) {
            store.save(random);
            LOG.info("密钥已包裹保存于 {}（安装标识 {}） / keys stored wrapped in {} (installation {})", dir.file(WrappedKeyStore.FILE),
                    store.installation(), dir.file(WrappedKeyStore.FILE), store.installation());
        }
        if (legacy) {
            dir.delete(FieldKeys.LEGACY_FILE);
            dir.delete(Sm2Seal.LEGACY_FILE);
            LOG.warn("明文密钥文件 {} 与 {} 已包裹后删除；请销毁其旧备份 / the clear-text key files {} and {} were wrapped and removed:"
                    + " destroy their old backups", FieldKeys.LEGACY_FILE, Sm2Seal.LEGACY_FILE, FieldKeys.LEGACY_FILE, Sm2Seal.LEGACY_FILE);
        }
        return new KeyCustody(store, random, usage);
    }

    /** Every key id the database needs, registered or named by a seal. */
    private static List<String> needed(KeyRegistry.Usage usage) {
        List<String> ids = new ArrayList<>(usage.registered().keySet());
        usage.sealKeyIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }

    private static void check(KeyDirectory dir, WrappedKeyStore store, KeyRegistry.Usage usage) {
        Map<String, String> sealPrints = store.sealFingerprints();
        Map<String, byte[]> fields = store.fieldKeys();
        List<String> missing = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        for (KeyRegistry.Entry e : usage.registered().values()) {
            String have = KeyRegistry.SEAL.equals(e.kind()) ? sealPrints.get(e.id())
                    : fields.containsKey(e.id()) ? KeyRegistry.fingerprint(KeyRegistry.FIELD, e.id(), fields.get(e.id())) : null;
            if (have == null) {
                missing.add(e.id());
            } else if (!have.equals(e.fingerprint())) {
                replaced.add(e.id());
            }
        }
        usage.sealKeyIds().stream().filter(id -> !sealPrints.containsKey(id) && !missing.contains(id)).forEach(missing::add);
        if (!missing.isEmpty()) {
            throw missing(dir, missing, usage);
        }
        if (!replaced.isEmpty()) {
            throw new KeyCustodyException("keys_replaced", "密钥 " + String.join("、", replaced) + " 与数据库登记的不符（编号相同、密钥不同）：密钥文件 "
                    + dir.file(WrappedKeyStore.FILE) + " 被替换过。请放回与该数据库配套的原密钥文件后再启动。安全模块未启动。",
                    "Keys " + String.join(", ", replaced) + " are not the keys the database registered under those ids: the key file "
                            + dir.file(WrappedKeyStore.FILE) + " was replaced. Put back the key file that belongs to this database and"
                            + " start again. The security module did not start.", replaced);
        }
    }

    private static KeyCustodyException missing(KeyDirectory dir, List<String> ids, KeyRegistry.Usage usage) {
        String named = ids.isEmpty() ? "（该数据库早于密钥登记，无法列出编号）" : String.join("、", ids);
        String namedEn = ids.isEmpty() ? "(the database predates the key registry and cannot name them)" : String.join(", ", ids);
        return new KeyCustodyException("keys_missing", "数据库中有用以下密钥加密或封签的数据，但 " + dir.path() + " 中没有这些密钥：" + named
                + "。请放回与该数据库配套的密钥文件（" + WrappedKeyStore.FILE + "）并提供其口令后再启动；平台不会在已有数据上生成新密钥。安全模块未启动。",
                "The database holds data encrypted or sealed under keys that are not in " + dir.path() + ": " + namedEn
                        + ". Put back the key file (" + WrappedKeyStore.FILE + ") that belongs to this database, give its secret, and start"
                        + " again; new keys are never generated over existing data. The security module did not start.", ids);
    }

    /** Records in the database's registry the keys it does not list yet (after its schema is migrated). */
    public void register(DataSource ds, long now) {
        List<KeyRegistry.Entry> fresh = new ArrayList<>();
        store.fieldKeys().forEach((id, key) -> fresh.add(new KeyRegistry.Entry(id, KeyRegistry.FIELD, KeyRegistry.fingerprint(KeyRegistry.FIELD, id, key))));
        store.sealFingerprints().forEach((id, fp) -> fresh.add(new KeyRegistry.Entry(id, KeyRegistry.SEAL, fp)));
        fresh.removeIf(e -> usage.registered().containsKey(e.id()));
        if (!fresh.isEmpty()) {
            KeyRegistry.register(ds, fresh, store.installation(), now);
        }
    }

    /** Wraps every key under a new secret and writes the store; the old secret no longer opens it. */
    public void rewrap(KekSecret secret, SecureRandom random) {
        store.rewrap(secret, random);
        store.save(random);
    }

    public WrappedKeyStore store() {
        return store;
    }

    public FieldKeys fieldKeys() {
        return fieldKeys;
    }

    public Sm2Seal seal() {
        return seal;
    }

    /** Every seal key, old ones included: seals and anchors made before a rotation are verified with the key that made them. */
    public Map<String, Sm2Seal> seals(SecureRandom random) {
        return store.seals(random);
    }

    /**
     * A new SM2 seal key pair: wrapped into the key file, then registered (by {@code registrar}: the
     * database's key registry and an audit record), and only then the one new seals are made with.
     * The old pair stays in the key file, so the seals and anchors it signed remain verifiable.
     *
     * @return the new key's id
     */
    public synchronized String rotateSeal(Consumer<KeyRegistry.Entry> registrar, SecureRandom random) {
        Sm2Seal fresh = Sm2Seal.generate(store.nextSealKeyId(), random);
        store.putSealKey(fresh, true);
        store.save(random);
        registrar.accept(new KeyRegistry.Entry(fresh.keyId(), KeyRegistry.SEAL, fresh.fingerprint()));
        seal = fresh;
        return fresh.keyId();
    }
}
