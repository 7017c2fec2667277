package org.xuncha.interviews.internal.attachment;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * Attachments of records and letters (scans of signed pages, letters as received), kept by the
 * platform's {@link AttachmentStore} (SM4-encrypted, audited). Whoever calls these has checked the
 * caller's access to the owner first; an attachment is only ever reached through its own owner.
 */
@Component(service = AttachmentService.class)
public class AttachmentService {

    /** The platform keeps the media type in a column of this length (xc_attachment.content_type). */
    static final int CONTENT_TYPE_MAX = 100;

    private final AttachmentStore store;

    @Activate
    public AttachmentService(@Reference AttachmentStore store) {
        this.store = store;
    }

    /** Stores a file for the owner; the store checks the name and the size. */
    public Attachment attach(Caller caller, String ownerType, long ownerId, String filename, String contentType, byte[] content) {
        new Checks().maxLength("Content-Type", contentType, CONTENT_TYPE_MAX, "文件类型", "media type").throwIfInvalid();
        return store.store(caller, InterviewRecordsEvents.MODULE, ownerType, String.valueOf(ownerId), filename, contentType, content);
    }

    /** The attachment's content, if it belongs to that owner (404 otherwise); the store audits the read. */
    public Download download(Caller caller, String ownerType, long ownerId, long attachmentId) {
        Attachment a = store.get(attachmentId).filter(x -> InterviewRecordsEvents.MODULE.equals(x.module())
                && ownerType.equals(x.ownerType()) && String.valueOf(ownerId).equals(x.ownerId()))
                .orElseThrow(() -> ApiException.notFound("附件", "attachment", attachmentId));
        return new Download(a.filename(), a.contentType(), store.content(caller, attachmentId));
    }

    public List<Attachment> list(String ownerType, long ownerId) {
        return store.list(InterviewRecordsEvents.MODULE, ownerType, String.valueOf(ownerId));
    }
}
