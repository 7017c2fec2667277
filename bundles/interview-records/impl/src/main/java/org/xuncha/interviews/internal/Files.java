package org.xuncha.interviews.internal;

import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;

/**
 * Attachments of records and letters, kept by the platform's {@link AttachmentStore} (SM4-encrypted,
 * audited). The caller's access to the owner is checked before these are called.
 */
public final class Files {

    private Files() {
    }

    public static Attachment attach(AttachmentStore store, Caller caller, String ownerType, long ownerId, String filename,
                                    String contentType, byte[] content) {
        return store.store(caller, InterviewPermissions.MODULE, ownerType, String.valueOf(ownerId), filename, contentType, content);
    }

    /** The attachment's content, if it belongs to that owner; the store audits the read. */
    public static Download download(AttachmentStore store, Caller caller, String ownerType, long ownerId, long attachmentId) {
        Attachment a = store.get(attachmentId).filter(x -> InterviewPermissions.MODULE.equals(x.module())
                && ownerType.equals(x.ownerType()) && String.valueOf(ownerId).equals(x.ownerId()))
                .orElseThrow(() -> ApiException.notFound("附件", "attachment", attachmentId));
        return new Download(a.filename(), a.contentType(), store.content(caller, attachmentId));
    }
}
