package org.xuncha.personnelpools.internal.training;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * A training's materials (课件、讲义): files kept by the platform's attachment store (SM4, audited on
 * store, read and delete), module {@code personnel-pools}, owner type {@value #OWNER_TYPE}, owner the
 * training's id. The store does not know this module's scope, so every call checks the training
 * first. Only document, slide, sheet, image and text files are taken, by their name's extension (what
 * the office's computers open them by); a material can be withdrawn until the training's day, after it
 * is the record of what was taught.
 */
@Component(service = MaterialService.class)
public class MaterialService {

    static final String OWNER_TYPE = "training";
    static final int FILENAME_MAX = 200;
    /** Largest material, in bytes: slides with pictures stay under it; a video is not a material. */
    static final int MAX_SIZE = 20 * 1024 * 1024;
    /** Extension → the media type a download answers with, whatever the uploader's browser sent. */
    static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("wps", "application/vnd.ms-works"),
            Map.entry("ofd", "application/ofd"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"));
    /** No path separators, no control characters, not only dots. */
    static final Pattern FILENAME = Pattern.compile("(?!\\.+$)[^/\\\\\\p{Cntrl}]+");

    /**
     * A material of a training.
     *
     * @param id         the attachment's id (download at {@code /trainings/{trainingId}/materials/{id}})
     * @param trainingId the training
     * @param filename   the name it was uploaded with
     * @param size       bytes
     * @param sm3        SM3 digest of the content
     * @param by         who uploaded it
     * @param at         when
     */
    public record Material(long id, long trainingId, String filename, long size, String sm3, String by, LocalDateTime at) {
    }

    /** A material as a download answers it. */
    public record Download(Material material, String mediaType, byte[] content) {
    }

    private final ModuleStore store;
    private final AttachmentStore attachments;

    @Activate
    public MaterialService(@Reference Store store, @Reference AttachmentStore attachments) {
        this.store = store.db();
        this.attachments = attachments;
    }

    /** Attaches a file to a training of the caller's divisions; the body is read up to {@link #MAX_SIZE} (413 beyond). */
    public Material add(Caller caller, long trainingId, String filename, InputStream body) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        String name = check(filename);
        training(caller, trainingId);
        Attachment a = attachments.store(caller, PersonnelPoolsEvents.MODULE, OWNER_TYPE, String.valueOf(trainingId), name,
                TYPES.get(extension(name)), read(body));
        return material(a, trainingId);
    }

    /** The training's materials, oldest first. */
    public List<Material> list(Caller caller, long trainingId) {
        caller.require(PersonnelPoolsPermissions.READ);
        training(caller, trainingId);
        return attachments.list(PersonnelPoolsEvents.MODULE, OWNER_TYPE, String.valueOf(trainingId)).stream()
                .map(a -> material(a, trainingId)).toList();
    }

    /** A material of the training, decrypted (the store audits the read); 404 for a file of another training. */
    public Download download(Caller caller, long trainingId, long id) {
        caller.require(PersonnelPoolsPermissions.READ);
        training(caller, trainingId);
        Attachment a = find(trainingId, id);
        String type = TYPES.getOrDefault(extension(a.filename()), "application/octet-stream");
        return new Download(material(a, trainingId), type, attachments.content(caller, id));
    }

    /** Withdraws a material before the training's day (409 {@code training_held} from the day on); the store audits it. */
    public void delete(Caller caller, long trainingId, long id) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        TrainingEntity t = training(caller, trainingId);
        find(trainingId, id);
        if (!store.today().isBefore(t.date)) {
            throw ApiException.conflict("training_held", "培训已于" + t.date + "举办（或正在举办），课件材料不能删除",
                    "The training was held on " + t.date + " (or is held today): its materials can no longer be deleted");
        }
        attachments.delete(caller, id);
    }

    /** The file name, trimmed: 400 {@code filename} when missing, too long, with a path in it or of a type not taken. */
    static String check(String filename) {
        String name = filename == null ? null : filename.trim();
        Checks checks = new Checks().required("filename", name, "文件名", "file name").maxLength("filename", name, FILENAME_MAX, "文件名", "file name");
        boolean named = name != null && !name.isEmpty();
        checks.check(named && !FILENAME.matcher(name).matches(), "filename", "invalid",
                "文件名不能含路径分隔符或控制字符", "The file name must not contain path separators or control characters");
        checks.check(named && FILENAME.matcher(name).matches() && !TYPES.containsKey(extension(name)), "filename", "type_not_allowed",
                "只能上传 PDF、Word、WPS、OFD、PPT、Excel、文本或图片（JPG、PNG）文件", "Only PDF, Word, WPS, OFD, PowerPoint, Excel, text or image (JPG, PNG) files are taken");
        checks.throwIfInvalid();
        return name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static byte[] read(InputStream body) {
        try {
            byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_SIZE + 1);
            if (bytes.length > MAX_SIZE) {
                throw new ApiException(413, "too_large", "课件材料不能超过" + MAX_SIZE / 1024 / 1024 + "MB",
                        "A material must not exceed " + MAX_SIZE / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("upload_failed", "文件上传中断", "The upload was interrupted");
        }
    }

    private TrainingEntity training(Caller caller, long id) {
        TrainingEntity t = store.read(em -> TrainingEntity.load(em, id));
        if (!caller.scope().coversDivision(t.divisionCode)) {
            throw ApiException.outOfScope();
        }
        return t;
    }

    private Attachment find(long trainingId, long id) {
        return attachments.get(id).filter(a -> PersonnelPoolsEvents.MODULE.equals(a.module()) && OWNER_TYPE.equals(a.ownerType())
                        && String.valueOf(trainingId).equals(a.ownerId()))
                .orElseThrow(() -> ApiException.notFound("课件材料", "material", id));
    }

    private static Material material(Attachment a, long trainingId) {
        return new Material(a.id(), trainingId, a.filename(), a.size(), a.sm3(), a.createdBy(), a.createdAt());
    }
}
