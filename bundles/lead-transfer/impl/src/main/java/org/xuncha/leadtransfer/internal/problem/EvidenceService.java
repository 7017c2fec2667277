package org.xuncha.leadtransfer.internal.problem;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * Evidence of a problem (证据材料): files the group attaches to a draft, kept encrypted by the
 * platform's attachment store. The module checks what the store's columns and the download need:
 * the file name (at most {@value #FILENAME_MAX} characters, no path, no control characters) and the
 * media type (at most {@value #CONTENT_TYPE_MAX} characters, {@code type/subtype} with optional
 * parameters), so that no upload is refused by the database or served back under a broken header.
 */
@Component(service = EvidenceService.class)
public class EvidenceService {

    static final int FILENAME_MAX = 200;
    static final int CONTENT_TYPE_MAX = 100;
    private static final String TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]+";
    /** A type or subtype: a token, but not a wildcard (a file has one type). */
    private static final String NAME = "[A-Za-z0-9!#$%&'+.^_`|~-]+";
    /** RFC 9110 media type: type "/" subtype *( OWS ";" OWS parameter ), a parameter value a token or a quoted string. */
    static final Pattern MEDIA_TYPE = Pattern.compile(NAME + "/" + NAME + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"[^\"\\\\\\p{Cntrl}]*\"))*");
    /** No path separators, no control characters, not only dots. */
    static final Pattern FILENAME = Pattern.compile("(?!\\.+$)[^/\\\\\\p{Cntrl}]+");

    /** A file and its metadata, as a download answers it. */
    public record Download(Attachment attachment, String mediaType, byte[] content) {
    }

    private final ModuleStore store;
    private final AttachmentStore attachments;

    @Activate
    public EvidenceService(@Reference Store store, @Reference AttachmentStore attachments) {
        this.store = store.db();
        this.attachments = attachments;
    }

    /** Attaches a file to a draft the caller may change; the body is read up to the store's limit (413 beyond). */
    public Attachment add(Caller caller, long problemId, String filename, String contentType, InputStream body) {
        caller.require(PROBLEM_WRITE);
        check(filename, contentType);
        store.read(em -> ProblemEntity.editable(em, caller, problemId));
        return attachments.store(caller, Store.MODULE, ProblemService.TYPE, String.valueOf(problemId), filename.trim(),
                contentType == null || contentType.isBlank() ? null : contentType.trim(), read(body, AttachmentStore.MAX_SIZE));
    }

    /** An evidence file's metadata and decrypted content (the store audits the read). */
    public Download get(Caller caller, long problemId, long attachmentId) {
        caller.require(PROBLEM_READ);
        store.read(em -> ProblemEntity.visible(em, caller, problemId));
        Attachment a = own(problemId, attachmentId);
        // a type stored before it was checked is served as bytes rather than under a header that cannot be written
        String type = a.contentType() != null && MEDIA_TYPE.matcher(a.contentType()).matches() ? a.contentType() : "application/octet-stream";
        return new Download(a, type, attachments.content(caller, attachmentId));
    }

    public void delete(Caller caller, long problemId, long attachmentId) {
        caller.require(PROBLEM_WRITE);
        store.read(em -> ProblemEntity.editable(em, caller, problemId));
        own(problemId, attachmentId);
        attachments.delete(caller, attachmentId);
    }

    /** The name and media type of an upload: 400 naming {@code filename} or {@code Content-Type}. */
    static void check(String filename, String contentType) {
        new Checks()
                .required("filename", filename, "文件名", "file name")
                .maxLength("filename", filename == null ? null : filename.trim(), FILENAME_MAX, "文件名", "file name")
                .check(filename != null && !filename.isBlank() && !FILENAME.matcher(filename.trim()).matches(), "filename", "invalid",
                        "文件名不能含路径分隔符或控制字符", "the file name must not contain path separators or control characters")
                .maxLength("Content-Type", contentType == null ? null : contentType.trim(), CONTENT_TYPE_MAX, "文件类型（Content-Type）",
                        "the media type (Content-Type)")
                .check(contentType != null && !contentType.isBlank() && !MEDIA_TYPE.matcher(contentType.trim()).matches(), "Content-Type",
                        "invalid", "文件类型（Content-Type）格式不正确，应如 application/pdf", "the media type (Content-Type) is not like application/pdf")
                .throwIfInvalid();
    }

    static byte[] read(InputStream body, int max) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ApiException(413, "too_large", "文件不能超过" + max / 1024 / 1024 + "MB",
                        "The file must not exceed " + max / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("upload_failed", "文件上传中断", "The upload was interrupted");
        }
    }

    private Attachment own(long problemId, long attachmentId) {
        return attachments.get(attachmentId)
                .filter(a -> Store.MODULE.equals(a.module()) && ProblemService.TYPE.equals(a.ownerType())
                        && String.valueOf(problemId).equals(a.ownerId()))
                .orElseThrow(() -> ApiException.notFound("证据材料", "evidence", attachmentId));
    }
}
