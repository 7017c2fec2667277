package org.xuncha.platform.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.platform.security.internal.crypto.Sm4FieldCipher;

/**
 * The {@link FieldCipher} service: SM4 with the field keys {@link SecuritySetup} loads. It is a
 * component of its own rather than a service {@code SecuritySetup} registers from its constructor:
 * a service that appears while a component is still being activated lets its consumers (immediate
 * components, console command trackers) activate in the middle of that activation, and their own
 * references lead back to the half-built component: a cycle that left the security components
 * unusable when a module depending on FieldCipher started at the same time.
 */
@Component(service = FieldCipher.class)
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
    public String currentKeyId() {
        return cipher.currentKeyId();
    }
}
