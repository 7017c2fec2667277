package org.xuncha.platform.security.internal.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The SM4 keys for field encryption, by id, and which one is current, as unwrapped from the key
 * store. Rotation adds a key and makes it current; old keys stay so old ciphertexts remain readable.
 */
public final class FieldKeys {

    /** Where the keys lay in clear before wrapped keys; imported once and removed. */
    static final String LEGACY_FILE = "field-keys.properties";
    private static final String LEGACY_CURRENT = "current";

    private final WrappedKeyStore store;
    private final SecureRandom random;
    private volatile Map<String, byte[]> keys;
    private volatile String current;

    public FieldKeys(WrappedKeyStore store, SecureRandom random) {
        this.store = store;
        this.random = random;
        this.keys = store.fieldKeys();
        this.current = store.currentFieldKey();
    }

    /**
     * Adds a new key to the store (written at once, as current), has {@code registrar} record it in the
     * database, and only then encrypts with it. Should the registrar fail, this process keeps the old key;
     * the next start finds the new one current in the store and registers it.
     *
     * @return the new key's id
     */
    public synchronized String rotate(Consumer<KeyRegistry.Entry> registrar) {
        String id = store.nextFieldKeyId();
        byte[] key = newKey(random);
        store.putFieldKey(id, key, true);
        store.save(random);
        keys = store.fieldKeys();
        registrar.accept(new KeyRegistry.Entry(id, KeyRegistry.FIELD, KeyRegistry.fingerprint(KeyRegistry.FIELD, id, key)));
        current = id;
        return id;
    }

    static byte[] newKey(SecureRandom random) {
        byte[] k = new byte[Sm4Gcm.KEY_BYTES];
        random.nextBytes(k);
        return k;
    }

    public String currentId() {
        return current;
    }

    public boolean has(String id) {
        return keys.containsKey(id);
    }

    /** @throws IllegalArgumentException for an id the store does not hold */
    public byte[] key(String id) {
        byte[] k = keys.get(id);
        if (k == null) {
            throw new IllegalArgumentException("unknown field-encryption key " + id);
        }
        return k;
    }

    /** The keys of a clear-text key file from before wrapped keys (empty if there is none), the current one first. */
    static Map<String, byte[]> readLegacy(KeyDirectory dir) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        if (!dir.exists(LEGACY_FILE)) {
            return result;
        }
        Properties p = dir.readProperties(LEGACY_FILE);
        String cur = p.getProperty(LEGACY_CURRENT);
        if (cur != null && p.getProperty(cur) != null) {
            result.put(cur, decode(p, cur));
        }
        for (String name : p.stringPropertyNames()) {
            if (!name.equals(LEGACY_CURRENT) && !result.containsKey(name)) {
                result.put(name, decode(p, name));
            }
        }
        return result;
    }

    private static byte[] decode(Properties p, String name) {
        byte[] key = Base64.getDecoder().decode(p.getProperty(name).trim());
        if (key.length != Sm4Gcm.KEY_BYTES) {
            throw new IllegalStateException("key " + name + " in " + LEGACY_FILE + " is not a 128-bit SM4 key");
        }
        return key;
    }
}
