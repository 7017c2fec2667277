package org.xuncha.leadtransfer.internal;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;

/**
 * Attachments held in memory, standing in for the platform's store in unit tests. Like the real
 * table, a file name over 200 or a media type over 100 characters fails as the database would
 * (not as a 400): the module has to refuse those itself.
 */
public final class InMemoryAttachments implements AttachmentStore {

    private final Map<Long, Attachment> meta = new LinkedHashMap<>();
    private final Map<Long, byte[]> content = new LinkedHashMap<>();
    private long next = 1;

    @Override
    public Attachment store(Caller caller, String module, String ownerType, String ownerId, String filename, String contentType,
                            byte[] bytes) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("required", "文件为空", "The file is empty");
        }
        String type = contentType == null ? "application/octet-stream" : contentType;
        if (filename.length() > 200 || type.length() > 100) {
            throw new IllegalStateException("Value too long for column");
        }
        Attachment a = new Attachment(next++, module, ownerType, ownerId, filename, type, bytes.length, "sm3", LocalDateTime.now(),
                caller.username());
        meta.put(a.id(), a);
        content.put(a.id(), bytes);
        return a;
    }

    /** An attachment as stored before the module checked media types. */
    public Attachment storeUnchecked(String module, String ownerType, String ownerId, String filename, String contentType, byte[] bytes) {
        Attachment a = new Attachment(next++, module, ownerType, ownerId, filename, contentType, bytes.length, "sm3", LocalDateTime.now(), "x");
        meta.put(a.id(), a);
        content.put(a.id(), bytes);
        return a;
    }

    @Override
    public List<Attachment> list(String module, String ownerType, String ownerId) {
        return meta.values().stream().filter(a -> a.module().equals(module) && a.ownerType().equals(ownerType) && a.ownerId().equals(ownerId))
                .toList();
    }

    @Override
    public Optional<Attachment> get(long id) {
        return Optional.ofNullable(meta.get(id));
    }

    @Override
    public byte[] content(Caller caller, long id) {
        return content.get(id);
    }

    @Override
    public void delete(Caller caller, long id) {
        meta.remove(id);
        content.remove(id);
    }
}
