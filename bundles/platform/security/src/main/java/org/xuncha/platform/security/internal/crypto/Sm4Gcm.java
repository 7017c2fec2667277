package org.xuncha.platform.security.internal.crypto;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM4 (GB/T 32907) in GCM mode: confidentiality and integrity in one pass, 128-bit tag. */
public final class Sm4Gcm {

    public static final int KEY_BYTES = 16;
    public static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private Sm4Gcm() {
    }

    public static byte[] encrypt(byte[] key, byte[] iv, byte[] plaintext, byte[] aad) {
        return run(true, key, iv, plaintext, aad);
    }

    /** @throws IllegalArgumentException if the ciphertext or its tag was altered, or the key is wrong */
    public static byte[] decrypt(byte[] key, byte[] iv, byte[] ciphertext, byte[] aad) {
        return run(false, key, iv, ciphertext, aad);
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] iv, byte[] in, byte[] aad) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, iv, aad));
        byte[] out = new byte[gcm.getOutputSize(in.length)];
        int n = gcm.processBytes(in, 0, in.length, out, 0);
        try {
            n += gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalArgumentException("ciphertext failed authentication", e);
        }
        if (n != out.length) {
            byte[] exact = new byte[n];
            System.arraycopy(out, 0, exact, 0, n);
            return exact;
        }
        return out;
    }
}
