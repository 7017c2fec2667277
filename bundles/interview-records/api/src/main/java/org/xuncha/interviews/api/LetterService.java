package org.xuncha.interviews.api;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Letters and visits (信访) a group receives during a round. Content and reporter are encrypted; reads are audited. */
@ProviderType
public interface LetterService {

    Page<LetterSummary> letters(Caller caller, PlanQuery query, PageRequest page);

    Letter letter(Caller caller, long id);

    Letter register(Caller caller, LetterDraft draft);

    Letter handle(Caller caller, long id, LetterHandling handling);

    HandOver raise(Caller caller, long id, RaiseDraft draft);

    Attachment attach(Caller caller, long id, String filename, String contentType, byte[] content);

    Download attachment(Caller caller, long id, long attachmentId);
}
