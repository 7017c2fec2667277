package org.xuncha.platform.api.files;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Stores attachments encrypted with SM4 under the platform's field keys. The store does not know
 * the owning module's access rules: the module checks that the caller may see or change the owner
 * record first, then calls the store. Storing, reading content and deleting are audited.
 */
@ProviderType
public interface AttachmentStore {

    /** Largest attachment accepted, in bytes (20 MiB). */
    int MAX_SIZE = 20 * 1024 * 1024;

    /**
     * @throws org.xuncha.platform.api.rest.ApiException 400 for an empty or oversized file or a bad name
     */
    Attachment store(Caller caller, String module, String ownerType, String ownerId, String filename, String contentType,
                     byte[] content);

    List<Attachment> list(String module, String ownerType, String ownerId);

    Optional<Attachment> get(long id);

    /** The decrypted content; audited as a read. */
    byte[] content(Caller caller, long id);

    void delete(Caller caller, long id);
}
