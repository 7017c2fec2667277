package org.xuncha.platform.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.security.internal.crypto.Sm4FieldCipher;

/** The {@link FieldCipher} service: SM4 under the field keys {@link SecuritySetup} loaded. */
@Component(service = FieldCipher.class)
public class FieldCipherComponent implements FieldCipher {

    private final Sm4FieldCipher cipher;

    @Activate
    public FieldCipherComponent(@Reference SecuritySetup setup) {
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
