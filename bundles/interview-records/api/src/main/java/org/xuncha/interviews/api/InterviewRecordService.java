package org.xuncha.interviews.api;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Interview records. Content is encrypted at rest and never logged; every read of a record, and every
 * listing, is audited. A signed-off record changes only through {@link #correct}.
 */
@ProviderType
public interface InterviewRecordService {

    Page<RecordSummary> records(Caller caller, PlanQuery query, PageRequest page);

    /** The record with its content; audited as a read. */
    InterviewRecord record(Caller caller, long id);

    InterviewRecord create(Caller caller, RecordDraft draft);

    /** @throws org.xuncha.platform.api.rest.ApiException 409 once signed off */
    InterviewRecord update(Caller caller, long id, RecordDraft draft);

    InterviewRecord updateSignatures(Caller caller, long id, Signatures signatures);

    /**
     * Signs the record off: every interviewer signed, the interviewee signed or declined. Done by the
     * recorder or the group leader.
     */
    InterviewRecord signOff(Caller caller, long id, long version);

    /** Changes a signed-off record, keeping the previous content and the reason. */
    InterviewRecord correct(Caller caller, long id, CorrectionDraft correction);

    /** Raises a problem or lead from the record; handed over at once if lead transfer runs, else kept pending. */
    HandOver raise(Caller caller, long id, RaiseDraft draft);

    Attachment attach(Caller caller, long id, String filename, String contentType, byte[] content);

    /** An attachment's content; audited. */
    Download attachment(Caller caller, long id, long attachmentId);
}
