package org.xuncha.platform.security.internal.crypto;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.OptionalLong;

import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Time-based one-time passwords (RFC 6238, HMAC-SHA1, 6 digits, 30 s), as every authenticator app
 * computes them. Codes one step either side are accepted for clock drift; {@link #matchingStep} tells
 * which step a code belongs to, so that the caller can refuse a code used before (RFC 6238, 5.2).
 */
public final class Totp {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    public static String newSecret(SecureRandom random) {
        byte[] b = new byte[20];
        random.nextBytes(b);
        return base32(b);
    }

    public static String code(String secret, long epochSeconds) {
        return code(base32Decode(secret), epochSeconds / 30);
    }

    /** The time step (epoch seconds / 30) the code was computed for, if it is one of the accepted three. */
    public static OptionalLong matchingStep(String secret, String code, long epochSeconds) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        byte[] key = base32Decode(secret);
        long step = epochSeconds / 30;
        for (long s = step - 1; s <= step + 1; s++) {
            if (java.security.MessageDigest.isEqual(code(key, s).getBytes(), code.getBytes())) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    private static String code(byte[] key, long step) {
        HMac mac = new HMac(new SHA1Digest());
        mac.init(new KeyParameter(key));
        byte[] msg = ByteBuffer.allocate(8).putLong(step).array();
        mac.update(msg, 0, msg.length);
        byte[] h = new byte[mac.getMacSize()];
        mac.doFinal(h, 0);
        int off = h[h.length - 1] & 0xf;
        int bin = ((h[off] & 0x7f) << 24) | ((h[off + 1] & 0xff) << 16) | ((h[off + 2] & 0xff) << 8) | (h[off + 3] & 0xff);
        return String.format("%06d", bin % 1_000_000);
    }

    static String base32(byte[] data) {
        StringBuilder sb = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return sb.toString();
    }

    static byte[] base32Decode(String s) {
        String clean = s.replace("=", "").replace(" ", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }
}
