package org.xuncha.rectification.internal.task;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;

/**
 * Evidence files (佐证材料) of a progress report or a closure request, kept by the platform's
 * attachment store (SM4, bound to the attachment's row), owned by the history entry they prove:
 * module {@code rectification}, owner type {@value #OWNER_TYPE}, owner the entry's id. The store does
 * not know this module's scope, so every call checks the task first.
 */
@Component(service = EvidenceService.class)
public class EvidenceService {

    static final String OWNER_TYPE = "task-entry";
    static final int FILENAME_MAX = 200;
    static final int CONTENT_TYPE_MAX = 100;
    /** A type/subtype with optional parameters, as a Content-Type header can carry back. */
    static final Pattern MEDIA_TYPE = Pattern.compile("[A-Za-z0-9!#$%&'+.^_`|~-]+/[A-Za-z0-9!#$%&'+.^_`|~-]+(\\s*;\\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+="
            + "([A-Za-z0-9!#$%&'*+.^_`|~-]+|\"[^\"\\\\\\p{Cntrl}]*\"))*");
    /** No path separators, no control characters, not only dots. */
    static final Pattern FILENAME = Pattern.compile("(?!\\.+$)[^/\\\\\\p{Cntrl}]+");
    /** The entries that carry evidence. */
    static final Set<TaskEntry.Kind> WITH_EVIDENCE = Set.of(TaskEntry.Kind.PROGRESS, TaskEntry.Kind.CLOSURE_REQUESTED);

    /**
     * An evidence file: the attachment's metadata and the entry it proves.
     *
     * @param id       the attachment's id (download at {@code /tasks/{taskId}/evidence/{id}})
     * @param taskId   the task
     * @param entryId  the progress report or closure request
     * @param kind     which of the two
     * @param filename the name it was uploaded with
     * @param contentType its media type
     * @param size     bytes
     * @param sm3      SM3 digest of the content
     * @param by       who uploaded it
     * @param at       when
     */
    public record EvidenceFile(long id, long taskId, long entryId, TaskEntry.Kind kind, String filename, String contentType, long size,
                               String sm3, String by, LocalDateTime at) {
    }

    /** A file as a download answers it. */
    public record Download(EvidenceFile file, String mediaType, byte[] content) {
    }

    private final ModuleStore store;
    private final Access access;
    private final AttachmentStore attachments;

    @Activate
    public EvidenceService(@Reference Store store, @Reference Access access, @Reference AttachmentStore attachments) {
        this.store = store.db();
        this.access = access;
        this.attachments = attachments;
    }

    /**
     * Attaches a file to a progress report or closure request of a task in the caller's scope: while
     * the task is open, or, for the closure request under review, while it waits for the office's
     * decision. The body is read up to the store's limit (413 beyond).
     */
    public EvidenceFile add(Caller caller, long taskId, Long entryId, String filename, String contentType, InputStream body) {
        caller.require(RectificationPermissions.REPORT);
        check(entryId, filename, contentType);
        TaskEntryEntity entry = store.read(em -> {
            TaskEntity t = task(em, caller, taskId);
            TaskEntryEntity e = em.find(TaskEntryEntity.class, entryId);
            if (e == null || e.taskId != taskId || !WITH_EVIDENCE.contains(e.kind)) {
                new Checks().add("entryId", "not_found", "该任务没有此进展报告或销号申请", "No such progress report or closure request of the task")
                        .throwIfInvalid();
            }
            boolean pending = e.kind == TaskEntry.Kind.PROGRESS ? t.status != TaskStatus.CLOSED
                    : t.status == TaskStatus.CLOSURE_REQUESTED && e.id.equals(lastRequest(em, taskId));
            if (!pending) {
                throw ApiException.conflict("evidence_closed", "任务已销号或该销号申请已审核，不能再补充佐证材料",
                        "The task is closed or the closure request was decided: no more evidence can be added");
            }
            return e;
        });
        Attachment a = attachments.store(caller, RectificationEvents.MODULE, OWNER_TYPE, String.valueOf(entry.id), filename.trim(),
                contentType == null || contentType.isBlank() ? null : contentType.trim(), read(body));
        return file(a, entry);
    }

    /** The task's evidence files, oldest first. */
    public List<EvidenceFile> files(Caller caller, long taskId) {
        caller.require(RectificationPermissions.READ);
        List<TaskEntryEntity> entries = store.read(em -> {
            task(em, caller, taskId);
            return entries(em, taskId);
        });
        List<EvidenceFile> files = new ArrayList<>();
        for (TaskEntryEntity e : entries) {
            attachments.list(RectificationEvents.MODULE, OWNER_TYPE, String.valueOf(e.id)).forEach(a -> files.add(file(a, e)));
        }
        return files;
    }

    /** How many evidence files an entry has. */
    public int count(long entryId) {
        return attachments.list(RectificationEvents.MODULE, OWNER_TYPE, String.valueOf(entryId)).size();
    }

    /** A file of the task, decrypted (the store audits the read); 404 for a file of another task. */
    public Download download(Caller caller, long taskId, long attachmentId) {
        caller.require(RectificationPermissions.READ);
        List<TaskEntryEntity> entries = store.read(em -> {
            task(em, caller, taskId);
            return entries(em, taskId);
        });
        Attachment a = attachments.get(attachmentId).filter(x -> RectificationEvents.MODULE.equals(x.module()) && OWNER_TYPE.equals(x.ownerType()))
                .orElseThrow(() -> ApiException.notFound("佐证材料", "evidence", attachmentId));
        TaskEntryEntity entry = entries.stream().filter(e -> String.valueOf(e.id).equals(a.ownerId())).findFirst()
                .orElseThrow(() -> ApiException.notFound("佐证材料", "evidence", attachmentId));
        String type = a.contentType() != null && MEDIA_TYPE.matcher(a.contentType()).matches() ? a.contentType() : "application/octet-stream";
        return new Download(file(a, entry), type, attachments.content(caller, attachmentId));
    }

    /**
     * The unit takes back a file of a progress report while the task is open, i.e. before it asks for
     * closure: once a closure request is before the office, or the task is closed (销号), the files are
     * the record the office decided on and stay (409). The platform audits the removal of the file;
     * the module audits it against the task.
     */
    public void delete(Caller caller, long taskId, long attachmentId) {
        caller.require(RectificationPermissions.REPORT);
        TaskEntryEntity entry = store.read(em -> {
            TaskEntity t = task(em, caller, taskId);
            Attachment a = attachments.get(attachmentId).filter(x -> RectificationEvents.MODULE.equals(x.module()) && OWNER_TYPE.equals(x.ownerType()))
                    .orElseThrow(() -> ApiException.notFound("佐证材料", "evidence", attachmentId));
            TaskEntryEntity e = entries(em, taskId).stream().filter(x -> String.valueOf(x.id).equals(a.ownerId())).findFirst()
                    .orElseThrow(() -> ApiException.notFound("佐证材料", "evidence", attachmentId));
            if (t.status == TaskStatus.CLOSED) {
                throw ApiException.conflict("evidence_approved", "任务已销号，佐证材料不能删除", "The task is closed: its evidence cannot be deleted");
            }
            if (t.status != TaskStatus.OPEN || e.kind != TaskEntry.Kind.PROGRESS) {
                throw ApiException.conflict("evidence_submitted", "佐证材料已随销号申请提交，不能删除",
                        "The evidence was submitted with a closure request and cannot be deleted");
            }
            return e;
        });
        attachments.delete(caller, attachmentId);
        store.write(em -> {
            store.audit(em, caller, AuditAction.DELETE, "task", taskId, "删除佐证材料 #" + attachmentId + "（进展报告 " + entry.id + "）");
            return null;
        });
    }

    /** 400 naming {@code entryId}, {@code filename} or {@code Content-Type}, every error at once. */
    static void check(Long entryId, String filename, String contentType) {
        String name = filename == null ? null : filename.trim();
        String type = contentType == null ? null : contentType.trim();
        new Checks()
                .check(entryId == null, "entryId", "required", "请指明佐证材料所属的进展报告或销号申请", "entryId (the progress report or closure request) is required")
                .required("filename", name, "文件名", "file name")
                .maxLength("filename", name, FILENAME_MAX, "文件名", "file name")
                .check(name != null && !name.isEmpty() && !FILENAME.matcher(name).matches(), "filename", "invalid",
                        "文件名不能含路径分隔符或控制字符", "the file name must not contain path separators or control characters")
                .maxLength("Content-Type", type, CONTENT_TYPE_MAX, "文件类型（Content-Type）", "the media type (Content-Type)")
                .check(type != null && !type.isEmpty() && !MEDIA_TYPE.matcher(type).matches(), "Content-Type", "invalid",
                        "文件类型（Content-Type）格式不正确，应如 application/pdf", "the media type (Content-Type) is not like application/pdf")
                .throwIfInvalid();
    }

    static byte[] read(InputStream body) {
        int max = AttachmentStore.MAX_SIZE;
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ApiException(413, "too_large", "文件不能超过" + max / 1024 / 1024 + "MB", "The file must not exceed " + max / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("upload_failed", "文件上传中断", "The upload was interrupted");
        }
    }

    private static EvidenceFile file(Attachment a, TaskEntryEntity e) {
        return new EvidenceFile(a.id(), e.taskId, e.id, e.kind, a.filename(), a.contentType(), a.size(), a.sm3(), a.createdBy(), a.createdAt());
    }

    private static List<TaskEntryEntity> entries(javax.persistence.EntityManager em, long taskId) {
        return em.createQuery("select e from TaskEntryEntity e where e.taskId = :t and e.kind in :k order by e.id", TaskEntryEntity.class)
                .setParameter("t", taskId).setParameter("k", WITH_EVIDENCE).getResultList();
    }

    /** The task's latest closure request, the one a decision answers. */
    static Long lastRequest(javax.persistence.EntityManager em, long taskId) {
        return em.createQuery("select max(e.id) from TaskEntryEntity e where e.taskId = :t and e.kind = :k", Long.class)
                .setParameter("t", taskId).setParameter("k", TaskEntry.Kind.CLOSURE_REQUESTED).getSingleResult();
    }

    private TaskEntity task(javax.persistence.EntityManager em, Caller caller, long id) {
        TaskEntity t = em.find(TaskEntity.class, id);
        if (t == null) {
            throw ApiException.notFound("整改任务", "task", id);
        }
        access.require(caller, t.divisionCode, t.groupId, t.unitId);
        return t;
    }
}
