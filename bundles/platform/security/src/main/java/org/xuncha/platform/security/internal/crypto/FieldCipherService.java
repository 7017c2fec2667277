package org.xuncha.platform.security.internal.crypto;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.security.internal.SecuritySetup;

/** The platform's {@link FieldCipher}: SM4-GCM under the keys {@link SecuritySetup} loaded. */
@Component(service = FieldCipher.class, immediate = true)
public class FieldCipherService implements FieldCipher {

    private final Sm4FieldCipher cipher;

    @Activate
    public FieldCipherService(@Reference SecuritySetup setup) {
        this.cipher = new Sm4FieldCipher(setup.fieldKeys(), setup.random());
    }

    @Override
    public String encrypt(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    @Override
    public String decrypt(String ciphertext) {
        return cipher.decrypt(ciphertext);
    }

    @Override
    public byte[] encryptBytes(byte[] plaintext) {
        return cipher.encryptBytes(plaintext);
    }

    @Override
    public byte[] decryptBytes(byte[] ciphertext) {
        return cipher.decryptBytes(ciphertext);
    }

    @Override
    public String currentKeyId() {
        return cipher.currentKeyId();
    }
}
