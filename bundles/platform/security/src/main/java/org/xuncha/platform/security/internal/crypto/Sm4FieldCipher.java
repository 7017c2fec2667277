package org.xuncha.platform.security.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.xuncha.platform.api.security.FieldCipher;

/**
 * Ciphertexts look like {@code sm4gcm:k2:<base64(iv | ciphertext | tag)>}: the key id travels with
 * the data, so after a rotation old records still decrypt with their own key. The key id is also
 * authenticated (as associated data), so it cannot be swapped.
 */
public final class Sm4FieldCipher implements FieldCipher {

    static final String PREFIX = "sm4gcm:";

    private final FieldKeys keys;
    private final SecureRandom random;

    public Sm4FieldCipher(FieldKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    @Override
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String keyId = keys.currentId();
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(keys.key(keyId), iv, plaintext.getBytes(StandardCharsets.UTF_8), aad(keyId));
        byte[] packed = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, packed, 0, iv.length);
        System.arraycopy(ct, 0, packed, iv.length, ct.length);
        return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(packed);
    }

    @Override
    public String decrypt(String ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        if (!ciphertext.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a field ciphertext");
        }
        int colon = ciphertext.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalArgumentException("field ciphertext without key id");
        }
        String keyId = ciphertext.substring(PREFIX.length(), colon);
        byte[] packed = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        System.arraycopy(packed, 0, iv, 0, iv.length);
        byte[] ct = new byte[packed.length - iv.length];
        System.arraycopy(packed, iv.length, ct, 0, ct.length);
        return new String(Sm4Gcm.decrypt(keys.key(keyId), iv, ct, aad(keyId)), StandardCharsets.UTF_8);
    }

    /** Binary layout: "SM4G", key-id length (1 byte), key id (ASCII), 12-byte IV, ciphertext with tag. */
    private static final byte[] MAGIC = {'S', 'M', '4', 'G'};

    @Override
    public byte[] encryptBytes(byte[] plaintext) {
        if (plaintext == null) {
            return null;
        }
        String keyId = keys.currentId();
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(keys.key(keyId), iv, plaintext, aad(keyId));
        java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(MAGIC.length + 1 + id.length + iv.length + ct.length);
        out.put(MAGIC).put((byte) id.length).put(id).put(iv).put(ct);
        return out.array();
    }

    @Override
    public byte[] decryptBytes(byte[] ciphertext) {
        if (ciphertext == null) {
            return null;
        }
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(ciphertext);
        byte[] magic = new byte[MAGIC.length];
        in.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new IllegalArgumentException("not binary field ciphertext");
        }
        byte[] id = new byte[in.get()];
        in.get(id);
        String keyId = new String(id, StandardCharsets.US_ASCII);
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        in.get(iv);
        byte[] ct = new byte[in.remaining()];
        in.get(ct);
        return Sm4Gcm.decrypt(keys.key(keyId), iv, ct, aad(keyId));
    }

    /** Key id of a ciphertext, for re-encryption after a rotation. */
    public static String keyIdOf(String ciphertext) {
        int colon = ciphertext.indexOf(':', PREFIX.length());
        return ciphertext.substring(PREFIX.length(), colon);
    }

    @Override
    public String currentKeyId() {
        return keys.currentId();
    }

    private static byte[] aad(String keyId) {
        return (PREFIX + keyId).getBytes(StandardCharsets.US_ASCII);
    }
}
