package org.xuncha.testkit;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * The platform's attachment store held in memory, for unit tests of module services. It refuses
 * what the platform's store refuses (a 400 on {@code filename} for a missing name, one over 200
 * characters or with a path separator or control character; a 400 on {@code file} for no content
 * or more than {@link AttachmentStore#MAX_SIZE}) and, like its table, fails as the database would
 * (not as a 400) on a media type over 100 characters: a module has to refuse that itself.
 */
public final class InMemoryAttachments implements AttachmentStore {

    private final Map<Long, Attachment> meta = new LinkedHashMap<>();
    private final Map<Long, byte[]> content = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1);

    @Override
    public Attachment store(Caller caller, String module, String ownerType, String ownerId, String filename, String contentType,
                            byte[] bytes) {
        boolean badName = filename != null && (filename.length() > 200 || filename.chars().anyMatch(c -> c == '/' || c == '\\'
                || Character.isISOControl(c)));
        new Checks().required("filename", filename, "文件名", "file name")
                .check(badName, "filename", "invalid", "文件名无效", "invalid file name")
                .check(bytes == null || bytes.length == 0, "file", "required", "文件为空", "The file is empty")
                .check(bytes != null && bytes.length > MAX_SIZE, "file", "too_large", "文件不能超过20MB", "The file must not exceed 20 MB")
                .throwIfInvalid();
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        if (type.length() > 100) {
            throw new IllegalStateException("Value too long for column \"content_type\"");
        }
        return put(module, ownerType, ownerId, filename.trim(), type, bytes, caller.username());
    }

    /** An attachment as it may have been stored before the module checked what it stores. */
    public Attachment storeUnchecked(String module, String ownerType, String ownerId, String filename, String contentType, byte[] bytes) {
        return put(module, ownerType, ownerId, filename, contentType, bytes, "test");
    }

    private Attachment put(String module, String ownerType, String ownerId, String filename, String contentType, byte[] bytes,
                           String by) {
        Attachment a = new Attachment(ids.getAndIncrement(), module, ownerType, ownerId, filename, contentType, bytes.length, "sm3",
                LocalDateTime.now(), by);
        meta.put(a.id(), a);
        content.put(a.id(), bytes);
        return a;
    }

    @Override
    public List<Attachment> list(String module, String ownerType, String ownerId) {
        return meta.values().stream().filter(a -> a.module().equals(module) && a.ownerType().equals(ownerType)
                && a.ownerId().equals(ownerId)).toList();
    }

    @Override
    public Optional<Attachment> get(long id) {
        return Optional.ofNullable(meta.get(id));
    }

    @Override
    public byte[] content(Caller caller, long id) {
        if (!content.containsKey(id)) {
            throw ApiException.notFound("附件", "attachment", id);
        }
        return content.get(id);
    }

    @Override
    public void delete(Caller caller, long id) {
        if (meta.remove(id) == null) {
            throw ApiException.notFound("附件", "attachment", id);
        }
        content.remove(id);
    }
}
