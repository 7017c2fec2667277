package org.xuncha.interviews.internal.record;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.Correction;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Signature;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Store;
import org.xuncha.interviews.internal.attachment.AttachmentService;
import org.xuncha.interviews.internal.handover.RaiseService;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldContext;

/**
 * What was said, in and out of the database: encrypted before it reaches the entity, decrypted only
 * for a reader whose access was checked (and whose read is audited by whoever asks); nothing of it
 * is logged or put in an audit summary.
 */
@Component(service = RecordContent.class)
public class RecordContent {

    /** Audit and attachment owner type of records. */
    static final String TYPE = "record";

    private final ModuleStore db;
    private final RaiseService raised;
    private final AttachmentService attachments;

    @Activate
    public RecordContent(@Reference Store store, @Reference RaiseService raised, @Reference AttachmentService attachments) {
        this.db = store.db();
        this.raised = raised;
        this.attachments = attachments;
    }

    /** The record, in the caller's scope: 404 if there is none, 403 outside the scope. */
    static RecordEntity find(EntityManager em, Caller caller, long id) {
        RecordEntity e = em.find(RecordEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("谈话记录", "interview record", id);
        }
        e.requireScope(caller);
        return e;
    }

    static void requireDraft(RecordEntity e) {
        if (e.status != RecordStatus.DRAFT) {
            throw ApiException.conflict("signed", "谈话记录已签字确认，不能直接修改，如需修改请提交更正",
                    "The record is signed off; submit a correction to change it");
        }
    }

    /**
     * Replaces what was said, encrypting it, and recomputes the mandatory-topic flags. Each text is bound
     * to its row: the record's id and its position (the collection's order column), so sections cannot
     * be swapped between records nor within one.
     */
    void write(RecordEntity e, List<Section> sections, List<LeaderNote> notes) {
        e.sections.clear();
        for (Section s : sections) {
            e.sections.add(new SectionValue(s.topicCode(), s.topicTitle(), db.encrypt(s.text(), sectionPlace(e, e.sections.size()))));
        }
        e.leaderNotes.clear();
        for (LeaderNote n : notes) {
            e.leaderNotes.add(new LeaderNoteValue(n.personId(), db.encrypt(n.text(), notePlace(e, e.leaderNotes.size()))));
        }
        e.coversMandatory = InterviewRules.coversMandatoryTopic(sections, notes);
        e.missesMandatory = e.category.leadership() && !e.coversMandatory;
    }

    List<Section> sections(RecordEntity e) {
        List<Section> result = new ArrayList<>();
        for (SectionValue s : e.sections) {
            result.add(new Section(s.topicCode, s.topicTitle, db.decrypt(s.textEnc, sectionPlace(e, result.size()))));
        }
        return result;
    }

    List<LeaderNote> notes(RecordEntity e) {
        List<LeaderNote> result = new ArrayList<>();
        for (LeaderNoteValue n : e.leaderNotes) {
            result.add(new LeaderNote(n.personId, db.decrypt(n.textEnc, notePlace(e, result.size()))));
        }
        return result;
    }

    private static FieldContext sectionPlace(RecordEntity e, int position) {
        return FieldContext.of("xc_ivr_record_section", "text_enc", e.id + "/" + position);
    }

    private static FieldContext notePlace(RecordEntity e, int position) {
        return FieldContext.of("xc_ivr_leader_note", "text_enc", e.id + "/" + position);
    }

    /** The stored record as read, decrypted; for a caller whose access was checked. */
    InterviewRecord read(long id) {
        return db.read(em -> view(em, em.find(RecordEntity.class, id)));
    }

    /** Signed-off records of a unit, for the dossier (whose caller was checked and whose read is audited there). */
    public List<InterviewRecord> signedRecords(long roundId, long unitId) {
        return db.read(em -> em.createQuery("select r from RecordEntity r where r.roundId = :r and r.unitId = :u and r.status = :s "
                + "order by r.heldAt, r.id", RecordEntity.class).setParameter("r", roundId).setParameter("u", unitId)
                .setParameter("s", RecordStatus.SIGNED).getResultList().stream().map(e -> view(em, e)).toList());
    }

    InterviewRecord view(EntityManager em, RecordEntity e) {
        List<Correction> corrections = em.createQuery("select c from CorrectionEntity c where c.recordId = :r order by c.id",
                CorrectionEntity.class).setParameter("r", e.id).getResultList().stream()
                .map(c -> new Correction(c.id, c.correctedAt, c.correctedBy, db.decrypt(c.reasonEnc, c.cipherPlace("reason_enc")),
                        db.decrypt(c.previousEnc, c.cipherPlace("previous_enc"))))
                .toList();
        List<Signature> interviewers = e.interviewers.stream().map(i -> new Signature(i.personId, i.signature)).toList();
        return new InterviewRecord(e.id, e.roundId, e.groupId, e.unitId, e.plannedId, e.category, e.personId, db.decrypt(e.nameEnc, e.cipherPlace("name_enc")),
                e.post, e.heldAt, e.place, interviewers, e.recorderId, e.intervieweeSignature, db.decrypt(e.intervieweeNoteEnc, e.cipherPlace("interviewee_note_enc")),
                e.status, sections(e), notes(e), e.coversMandatory, e.missesMandatory,
                raised.forSources(SourceType.RECORD, List.of(e.id)), raised.available(),
                attachments.list(TYPE, e.id), corrections, e.signedOffBy, e.signedOffAt, e.createdBy,
                e.createdAt, e.updatedAt, e.version);
    }
}
