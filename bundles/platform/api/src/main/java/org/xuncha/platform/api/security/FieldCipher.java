package org.xuncha.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts sensitive text for storage with SM4, under keys kept outside the database. Each
 * ciphertext names its key, so keys can be rotated and old records stay readable. Modules store
 * the returned string as is and never log the plaintext.
 */
@ProviderType
public interface FieldCipher {

    /** @return the ciphertext, or null for null */
    String encrypt(String plaintext);

    /** @return the plaintext, or null for null */
    String decrypt(String ciphertext);

    /**
     * Encrypts binary content (attachments) the same way; the result starts with a small header
     * naming the key.
     *
     * @since 1.1
     */
    byte[] encryptBytes(byte[] plaintext);

    /** @since 1.1 */
    byte[] decryptBytes(byte[] ciphertext);

    /** Id of the key new ciphertexts are made with. */
    String currentKeyId();
}
