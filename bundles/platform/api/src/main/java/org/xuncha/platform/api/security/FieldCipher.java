package org.xuncha.platform.api.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encrypts sensitive text for storage with SM4, under keys kept outside the database. Each
 * ciphertext names its key, so keys can be rotated and old records stay readable. Modules store
 * the returned string as is and never log the plaintext.
 *
 * <p>Give the place a value is stored in ({@link FieldContext}: table, column, row): it is bound
 * into the ciphertext, so a ciphertext copied to another row or field fails to decrypt, with
 * {@code ApiException} 409 {@code integrity_error} (and an audit record). Values written without a
 * place (by the deprecated methods, or before version 1.3) stay readable with or without one.
 */
@ProviderType
public interface FieldCipher {

    /**
     * @return the ciphertext bound to {@code where}, or null for null
     * @since 1.3
     */
    String encrypt(String plaintext, FieldContext where);

    /**
     * @return the plaintext, or null for null
     * @throws org.xuncha.platform.api.rest.ApiException 409 {@code integrity_error} if the ciphertext
     *         does not belong to {@code where} or was altered
     * @since 1.3
     */
    String decrypt(String ciphertext, FieldContext where);

    /** Binary content (attachments) bound to its place; the result starts with a small header naming the key. @since 1.3 */
    byte[] encryptBytes(byte[] plaintext, FieldContext where);

    /** @since 1.3 */
    byte[] decryptBytes(byte[] ciphertext, FieldContext where);

    /**
     * @return the ciphertext, or null for null
     * @deprecated not bound to its place: use {@link #encrypt(String, FieldContext)}
     */
    @Deprecated
    String encrypt(String plaintext);

    /**
     * Reads a ciphertext made without a place; one bound to a place needs
     * {@link #decrypt(String, FieldContext)}.
     *
     * @return the plaintext, or null for null
     * @deprecated use {@link #decrypt(String, FieldContext)}
     */
    @Deprecated
    String decrypt(String ciphertext);

    /**
     * Encrypts binary content (attachments) the same way; the result starts with a small header
     * naming the key.
     *
     * @since 1.1
     * @deprecated use {@link #encryptBytes(byte[], FieldContext)}
     */
    @Deprecated
    byte[] encryptBytes(byte[] plaintext);

    /**
     * @since 1.1
     * @deprecated use {@link #decryptBytes(byte[], FieldContext)}
     */
    @Deprecated
    byte[] decryptBytes(byte[] ciphertext);

    /** Id of the key new ciphertexts are made with. */
    String currentKeyId();
}
