package org.xuncha.platform.security.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The field keys and the audit-seal key, each wrapped (SM4-GCM) under a key-encryption key derived
 * with Argon2id from a secret given at start ({@link KekSecret}), in {@value #FILE} in the key
 * directory. The file alone opens nothing; the wrap authenticates the installation, the kind and
 * the id of each key, so entries cannot be swapped. Keys carry the installation's tag in their ids
 * ({@code q4m7x2a-k1}, {@code q4m7x2a-s1}), unique per installation; ids imported from before
 * wrapped keys ({@code k1}, {@code sm2-1}) stay as they are, since stored data names them.
 */
public final class WrappedKeyStore {

    public static final String FILE = "wrapped-keys.properties";
    private static final String FORMAT = "xuncha-wrapped-keys-1";
    private static final String FIELD = "field.";
    private static final String SEAL = "seal.";
    private static final String CURRENT = "current";
    private static final String PUBLIC = ".public";
    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    /** Argon2id cost; {@link #STRONG} for installations (RFC 9106's second recommended setting, one lane). */
    public record Kdf(int memoryKiB, int iterations, int parallelism) {
        public static final Kdf STRONG = new Kdf(65536, 3, 1);
    }

    private final KeyDirectory dir;
    private final String installation;
    private final Kdf kdf;
    private final byte[] salt;
    private byte[] kek;
    private final Map<String, byte[]> fieldKeys = new LinkedHashMap<>();
    private String currentField;
    private final Map<String, byte[][]> sealKeys = new LinkedHashMap<>();
    private String currentSeal;

    private WrappedKeyStore(KeyDirectory dir, String installation, Kdf kdf, byte[] salt, byte[] kek) {
        this.dir = dir;
        this.installation = installation;
        this.kdf = kdf;
        this.salt = salt;
        this.kek = kek;
    }

    public static boolean exists(KeyDirectory dir) {
        return dir.exists(FILE);
    }

    /** A new, empty store for a new installation (nothing written until {@link #save()}). */
    public static WrappedKeyStore create(KeyDirectory dir, KekSecret secret, Kdf kdf, SecureRandom random) {
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append(BASE32.charAt(random.nextInt(32)));
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new WrappedKeyStore(dir, tag.toString(), kdf, salt, derive(secret, salt, kdf));
    }

    /** Opens the store and unwraps every key; a wrong secret fails here, before anything is used. */
    public static WrappedKeyStore open(KeyDirectory dir, KekSecret secret) {
        Properties p = dir.readProperties(FILE);
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new KeyCustodyException("keystore_invalid", "密钥文件 " + dir.file(FILE) + " 格式不符", "The key file " + dir.file(FILE) + " has an unknown format");
        }
        Kdf kdf = new Kdf(Integer.parseInt(p.getProperty("kdf.memoryKiB")), Integer.parseInt(p.getProperty("kdf.iterations")),
                Integer.parseInt(p.getProperty("kdf.parallelism")));
        byte[] salt = Base64.getDecoder().decode(p.getProperty("kdf.salt"));
        WrappedKeyStore s = new WrappedKeyStore(dir, p.getProperty("installation"), kdf, salt, derive(secret, salt, kdf));
        Map<String, String> sorted = new TreeMap<>();
        p.stringPropertyNames().forEach(n -> sorted.put(n, p.getProperty(n)));
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            String name = e.getKey();
            if (name.startsWith(FIELD) && !name.equals(FIELD + CURRENT)) {
                String id = name.substring(FIELD.length());
                s.fieldKeys.put(id, s.unwrap("FIELD", id, e.getValue(), secret));
            } else if (name.startsWith(SEAL) && !name.equals(SEAL + CURRENT) && !name.endsWith(PUBLIC)) {
                String id = name.substring(SEAL.length());
                byte[] pub = Base64.getDecoder().decode(p.getProperty(SEAL + id + PUBLIC));
                s.sealKeys.put(id, new byte[][] {s.unwrap("SEAL", id, e.getValue(), secret), pub});
            }
        }
        s.currentField = p.getProperty(FIELD + CURRENT);
        s.currentSeal = p.getProperty(SEAL + CURRENT);
        if (!s.fieldKeys.containsKey(s.currentField) || !s.sealKeys.containsKey(s.currentSeal)) {
            throw new KeyCustodyException("keystore_invalid", "密钥文件 " + dir.file(FILE) + " 缺少当前密钥",
                    "The key file " + dir.file(FILE) + " names no current key");
        }
        return s;
    }

    private static byte[] derive(KekSecret secret, byte[] salt, Kdf kdf) {
        Argon2BytesGenerator gen = new Argon2BytesGenerator();
        gen.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt).withMemoryAsKB(kdf.memoryKiB()).withIterations(kdf.iterations()).withParallelism(kdf.parallelism()).build());
        byte[] out = new byte[Sm4Gcm.KEY_BYTES];
        gen.generateBytes(secret.bytes(), out);
        return out;
    }

    private byte[] aad(String kind, String id) {
        return ("xuncha-wrapped-key|" + installation + "|" + kind + "|" + id).getBytes(StandardCharsets.UTF_8);
    }

    private String wrap(String kind, String id, byte[] key, SecureRandom random) {
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(kek, iv, key, aad(kind, id));
        byte[] packed = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, packed, 0, iv.length);
        System.arraycopy(ct, 0, packed, iv.length, ct.length);
        return Base64.getEncoder().encodeToString(packed);
    }

    private byte[] unwrap(String kind, String id, String wrapped, KekSecret secret) {
        byte[] packed = Base64.getDecoder().decode(wrapped.trim());
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        System.arraycopy(packed, 0, iv, 0, iv.length);
        byte[] ct = new byte[packed.length - iv.length];
        System.arraycopy(packed, iv.length, ct, 0, ct.length);
        try {
            return Sm4Gcm.decrypt(kek, iv, ct, aad(kind, id));
        } catch (IllegalArgumentException e) {
            throw new KeyCustodyException("kek_wrong", "密钥加密口令（" + secret.source() + "）与密钥文件 " + dir.file(FILE)
                    + " 不符，无法解开密钥 " + id + "。安全模块未启动。",
                    "The key-encryption secret (" + secret.source() + ") does not open " + dir.file(FILE) + " (key " + id
                            + "). The security module did not start.", java.util.List.of(id));
        }
    }

    public String installation() {
        return installation;
    }

    /** The field keys by id, in the order they were added. */
    public Map<String, byte[]> fieldKeys() {
        return Map.copyOf(fieldKeys);
    }

    public boolean hasFieldKey(String id) {
        return fieldKeys.containsKey(id);
    }

    public String currentFieldKey() {
        return currentField;
    }

    /** The next new field key's id: the installation's tag and a number not used yet. */
    public String nextFieldKeyId() {
        int n = fieldKeys.size() + 1;
        while (fieldKeys.containsKey(installation + "-k" + n)) {
            n++;
        }
        return installation + "-k" + n;
    }

    public String nextSealKeyId() {
        int n = sealKeys.size() + 1;
        while (sealKeys.containsKey(installation + "-s" + n)) {
            n++;
        }
        return installation + "-s" + n;
    }

    public void putFieldKey(String id, byte[] key, boolean current) {
        fieldKeys.put(id, key.clone());
        if (current || currentField == null) {
            currentField = id;
        }
    }

    public void putSealKey(Sm2Seal seal, boolean current) {
        sealKeys.put(seal.keyId(), new byte[][] {seal.privateBytes(), seal.publicBytes()});
        if (current || currentSeal == null) {
            currentSeal = seal.keyId();
        }
    }

    public boolean hasSealKey(String id) {
        return sealKeys.containsKey(id);
    }

    /** The current audit-seal key pair, null while there is none. */
    public Sm2Seal currentSeal(SecureRandom random) {
        byte[][] k = currentSeal == null ? null : sealKeys.get(currentSeal);
        if (k == null) {
            return null;
        }
        return Sm2Seal.of(currentSeal, k[0], k[1], random);
    }

    /** Every seal key pair by id, in the order they were made (the current one last after a rotation). */
    public Map<String, Sm2Seal> seals(SecureRandom random) {
        Map<String, Sm2Seal> result = new LinkedHashMap<>();
        sealKeys.forEach((id, k) -> result.put(id, Sm2Seal.of(id, k[0], k[1], random)));
        return result;
    }

    /** Every seal key's public fingerprint by id. */
    public Map<String, String> sealFingerprints() {
        Map<String, String> result = new LinkedHashMap<>();
        sealKeys.forEach((id, k) -> result.put(id, KeyRegistry.fingerprint(KeyRegistry.SEAL, id, k[1])));
        return result;
    }

    /** Wraps every key anew under another secret (a new salt), e.g. when a custodian leaves; then {@link #save()}. */
    public void rewrap(KekSecret secret, SecureRandom random) {
        random.nextBytes(salt);
        kek = derive(secret, salt, kdf);
    }

    /** Writes the store (atomically, owner-only), every key wrapped with a fresh IV. */
    public synchronized void save(SecureRandom random) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("installation", installation);
        p.setProperty("kdf", "argon2id");
        p.setProperty("kdf.memoryKiB", String.valueOf(kdf.memoryKiB()));
        p.setProperty("kdf.iterations", String.valueOf(kdf.iterations()));
        p.setProperty("kdf.parallelism", String.valueOf(kdf.parallelism()));
        p.setProperty("kdf.salt", Base64.getEncoder().encodeToString(salt));
        fieldKeys.forEach((id, key) -> p.setProperty(FIELD + id, wrap("FIELD", id, key, random)));
        p.setProperty(FIELD + CURRENT, currentField);
        sealKeys.forEach((id, k) -> {
            p.setProperty(SEAL + id, wrap("SEAL", id, k[0], random));
            p.setProperty(SEAL + id + PUBLIC, Base64.getEncoder().encodeToString(k[1]));
        });
        p.setProperty(SEAL + CURRENT, currentSeal);
        dir.writeProperties(FILE, p, "xuncha keys (SM4 field keys, SM2 audit-seal key), each wrapped under a key-encryption key"
                + " derived from the secret given at start (XUNCHA_KEK_FILE / XUNCHA_KEK). Useless without that secret; back it up"
                + " with the database, and the secret apart from both.");
    }
}
