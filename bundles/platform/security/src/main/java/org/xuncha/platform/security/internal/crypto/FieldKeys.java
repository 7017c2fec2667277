package org.xuncha.platform.security.internal.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The SM4 keys for field encryption, by id, and which one is current. Kept in
 * {@code field-keys.properties} in the key directory; rotation adds a key and makes it current,
 * old keys stay so old ciphertexts remain readable.
 */
public final class FieldKeys {

    static final String FILE = "field-keys.properties";
    private static final String CURRENT = "current";

    private final KeyDirectory dir;
    private final SecureRandom random;
    private volatile Map<String, byte[]> keys = Map.of();
    private volatile String current;

    public FieldKeys(KeyDirectory dir, SecureRandom random) {
        this.dir = dir;
        this.random = random;
    }

    /** Loads the keys, creating the first one on first start. */
    public synchronized void load() {
        if (!dir.exists(FILE)) {
            Properties p = new Properties();
            p.setProperty("k1", newKey());
            p.setProperty(CURRENT, "k1");
            dir.writeProperties(FILE, p, "xuncha field-encryption keys (SM4). Keep private; back up with the database.");
        }
        Properties p = dir.readProperties(FILE);
        Map<String, byte[]> loaded = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (!name.equals(CURRENT)) {
                byte[] key = Base64.getDecoder().decode(p.getProperty(name).trim());
                if (key.length != Sm4Gcm.KEY_BYTES) {
                    throw new IllegalStateException("key " + name + " in " + dir.file(FILE) + " is not a 128-bit SM4 key");
                }
                loaded.put(name, key);
            }
        }
        String cur = p.getProperty(CURRENT);
        if (cur == null || !loaded.containsKey(cur)) {
            throw new IllegalStateException("no current key in " + dir.file(FILE));
        }
        keys = Map.copyOf(loaded);
        current = cur;
    }

    /** Adds a new key and makes it current; returns its id. */
    public synchronized String rotate() {
        Properties p = dir.readProperties(FILE);
        int n = 1;
        while (p.containsKey("k" + n)) {
            n++;
        }
        String id = "k" + n;
        p.setProperty(id, newKey());
        p.setProperty(CURRENT, id);
        dir.writeProperties(FILE, p, "xuncha field-encryption keys (SM4). Keep private; back up with the database.");
        load();
        return id;
    }

    private String newKey() {
        byte[] k = new byte[Sm4Gcm.KEY_BYTES];
        random.nextBytes(k);
        return Base64.getEncoder().encodeToString(k);
    }

    public String currentId() {
        return current;
    }

    public byte[] key(String id) {
        byte[] k = keys.get(id);
        if (k == null) {
            throw new IllegalStateException("unknown field-encryption key " + id + ": is " + dir.file(FILE) + " complete?");
        }
        return k;
    }
}
