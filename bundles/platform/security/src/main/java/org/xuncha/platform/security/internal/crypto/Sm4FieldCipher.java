package org.xuncha.platform.security.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.xuncha.platform.api.security.FieldContext;

/**
 * SM4-GCM field ciphertexts, versioned by their prefix. Both name their key, so after a rotation old
 * records still decrypt with their own key, and both authenticate the key id:
 * <ul>
 * <li>{@code sm4b:<key id>:<base64(iv | ciphertext | tag)>} (text) and {@code SM4B} (binary): the
 * place, table, column and row, is authenticated too (associated data, not stored), so a value
 * copied elsewhere fails;</li>
 * <li>{@code sm4gcm:<key id>:...} and {@code SM4G}: made without a place (before associated data, or
 * by the deprecated methods); still read, with or without a place.</li>
 * </ul>
 * Failures are {@link CiphertextRejected}.
 */
public final class Sm4FieldCipher {

    static final String BOUND = "sm4b:";
    static final String UNBOUND = "sm4gcm:";
    private static final byte[] MAGIC_BOUND = {'S', 'M', '4', 'B'};
    private static final byte[] MAGIC_UNBOUND = {'S', 'M', '4', 'G'};
    private static final char SEP = '\u001f';

    private final FieldKeys keys;
    private final SecureRandom random;

    public Sm4FieldCipher(FieldKeys keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    public String encrypt(String plaintext, FieldContext where) {
        if (plaintext == null) {
            return null;
        }
        return text(where == null ? UNBOUND : BOUND, plaintext.getBytes(StandardCharsets.UTF_8), where);
    }

    private String text(String prefix, byte[] plaintext, FieldContext where) {
        String keyId = keys.currentId();
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(keys.key(keyId), iv, plaintext, aad(prefix, keyId, where));
        byte[] packed = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, packed, 0, iv.length);
        System.arraycopy(ct, 0, packed, iv.length, ct.length);
        return prefix + keyId + ":" + Base64.getEncoder().encodeToString(packed);
    }

    /** @param where the place it was read from; null only for values made without one */
    public String decrypt(String ciphertext, FieldContext where) {
        if (ciphertext == null) {
            return null;
        }
        String prefix = ciphertext.startsWith(BOUND) ? BOUND : ciphertext.startsWith(UNBOUND) ? UNBOUND : null;
        int colon = prefix == null ? -1 : ciphertext.indexOf(':', prefix.length());
        if (colon < 0) {
            throw new CiphertextRejected("malformed", where, null);
        }
        if (prefix.equals(BOUND) && where == null) {
            throw new CiphertextRejected("needs_place", null, null);
        }
        String keyId = ciphertext.substring(prefix.length(), colon);
        byte[] packed;
        try {
            packed = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new CiphertextRejected("malformed", where, e);
        }
        if (packed.length < Sm4Gcm.IV_BYTES + 16) {
            throw new CiphertextRejected("malformed", where, null);
        }
        byte[] iv = Arrays.copyOfRange(packed, 0, Sm4Gcm.IV_BYTES);
        byte[] ct = Arrays.copyOfRange(packed, Sm4Gcm.IV_BYTES, packed.length);
        return new String(open(keyId, iv, ct, aad(prefix, keyId, prefix.equals(BOUND) ? where : null), where), StandardCharsets.UTF_8);
    }

    private byte[] open(String keyId, byte[] iv, byte[] ct, byte[] aad, FieldContext where) {
        if (!keys.has(keyId)) {
            throw new CiphertextRejected("unknown_key", where, null);
        }
        try {
            return Sm4Gcm.decrypt(keys.key(keyId), iv, ct, aad);
        } catch (IllegalArgumentException e) {
            throw new CiphertextRejected("moved_or_altered", where, e);
        }
    }

    /** Binary layout: magic ("SM4B" bound, "SM4G" not), key-id length (1 byte), key id (ASCII), 12-byte IV, ciphertext with tag. */
    public byte[] encryptBytes(byte[] plaintext, FieldContext where) {
        if (plaintext == null) {
            return null;
        }
        byte[] magic = where == null ? MAGIC_UNBOUND : MAGIC_BOUND;
        String keyId = keys.currentId();
        byte[] id = keyId.getBytes(StandardCharsets.US_ASCII);
        byte[] iv = new byte[Sm4Gcm.IV_BYTES];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(keys.key(keyId), iv, plaintext, binaryAad(magic, keyId, where));
        ByteBuffer out = ByteBuffer.allocate(magic.length + 1 + id.length + iv.length + ct.length);
        out.put(magic).put((byte) id.length).put(id).put(iv).put(ct);
        return out.array();
    }

    public byte[] decryptBytes(byte[] ciphertext, FieldContext where) {
        if (ciphertext == null) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(ciphertext);
            byte[] magic = new byte[MAGIC_BOUND.length];
            in.get(magic);
            boolean bound = Arrays.equals(magic, MAGIC_BOUND);
            if (!bound && !Arrays.equals(magic, MAGIC_UNBOUND)) {
                throw new CiphertextRejected("malformed", where, null);
            }
            if (bound && where == null) {
                throw new CiphertextRejected("needs_place", null, null);
            }
            byte[] id = new byte[in.get()];
            in.get(id);
            String keyId = new String(id, StandardCharsets.US_ASCII);
            byte[] iv = new byte[Sm4Gcm.IV_BYTES];
            in.get(iv);
            byte[] ct = new byte[in.remaining()];
            in.get(ct);
            return open(keyId, iv, ct, binaryAad(magic, keyId, bound ? where : null), where);
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new CiphertextRejected("malformed", where, e);
        }
    }

    /** Key id of a text ciphertext, for re-encryption after a rotation. */
    public static String keyIdOf(String ciphertext) {
        String prefix = ciphertext.startsWith(BOUND) ? BOUND : UNBOUND;
        int colon = ciphertext.indexOf(':', prefix.length());
        return ciphertext.substring(prefix.length(), colon);
    }

    public String currentKeyId() {
        return keys.currentId();
    }

    /** The key id always; for a bound value also its place (table and column are code constants, the row an id: none holds the separator). */
    private static byte[] aad(String prefix, String keyId, FieldContext where) {
        String s = prefix + keyId;
        if (where != null) {
            s += SEP + where.table() + SEP + where.column() + SEP + where.row();
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Binary values made without a place were authenticated like text ones ("sm4gcm:" and the key id). */
    private static byte[] binaryAad(byte[] magic, String keyId, FieldContext where) {
        return Arrays.equals(magic, MAGIC_BOUND) ? aad(new String(magic, StandardCharsets.US_ASCII), keyId, where) : aad(UNBOUND, keyId, null);
    }
}
