package org.xuncha.interviews.internal.record;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.CorrectionDraft;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.People;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRole;

/**
 * The second half of a record's life: who has signed the paper record, sign-off by the recorder or
 * the group leader, and from then on changes only by a correction that keeps the content before it
 * and the reason. The caller's permission is checked by {@code InterviewRecordServiceImpl}.
 */
@Component(service = SignOffService.class)
public class SignOffService {

    private final ModuleStore db;
    private final RecordContent content;
    private final Rounds rounds;
    private final People people;

    @Activate
    public SignOffService(@Reference Store store, @Reference RecordContent content, @Reference Rounds rounds, @Reference People people) {
        this.db = store.db();
        this.content = content;
        this.rounds = rounds;
        this.people = people;
    }

    InterviewRecord updateSignatures(Caller caller, long id, Signatures signatures) {
        Signatures s = InterviewRules.body(signatures);
        return db.write(em -> {
            RecordEntity e = RecordContent.find(em, caller, id);
            RecordContent.requireDraft(e);
            InterviewRules.checkVersion(s.version(), e.version);
            Set<Long> interviewers = e.interviewers.stream().map(i -> i.personId).collect(Collectors.toSet());
            Map<Long, SignatureStatus> byPerson = RecordRules.signatures(s, interviewers);
            e.interviewers.forEach(i -> i.signature = byPerson.get(i.personId));
            e.intervieweeSignature = s.interviewee();
            e.intervieweeNoteEnc = db.encrypt(InterviewRules.trim(s.intervieweeNote()), e.cipherPlace("interviewee_note_enc"));
            e.updatedAt = db.now();
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, RecordContent.TYPE, id, "更新谈话记录签字情况");
            return content.view(em, e);
        });
    }

    InterviewRecord signOff(Caller caller, long id, long version) {
        RecordEntity current = db.read(em -> RecordContent.find(em, caller, id));
        boolean recorder = caller.personId() != null && caller.personId() == current.recorderId;
        if (!recorder && !isGroupLeader(caller, current.groupId)) {
            throw new ApiException(403, "not_recorder", "只有记录人或组长可以签字确认谈话记录",
                    "Only the recorder or the group leader can sign a record off");
        }
        RecordEntity saved = db.write(em -> {
            RecordEntity e = RecordContent.find(em, caller, id);
            RecordContent.requireDraft(e);
            InterviewRules.checkVersion(version, e.version);
            List<String> missing = RecordRules.notReady(!e.sections.isEmpty() || !e.leaderNotes.isEmpty(),
                    e.interviewers.stream().map(i -> i.signature).toList(), e.intervieweeSignature);
            if (!missing.isEmpty()) {
                throw ApiException.conflict("not_ready", "尚不能签字确认：" + String.join("；", missing),
                        "Cannot sign off yet: content, every interviewer's signature and the interviewee's signature (or refusal) are needed");
            }
            e.status = RecordStatus.SIGNED;
            e.signedOffBy = caller.username();
            e.signedOffAt = db.now();
            e.updatedAt = e.signedOffAt;
            em.flush();
            db.audit(em, caller, AuditAction.TRANSITION, RecordContent.TYPE, id, "谈话记录签字确认");
            return e;
        });
        db.post(InterviewRecordsEvents.RECORD_SIGNED, caller, id, saved.eventProperties());
        return content.read(id);
    }

    /** The group leader may sign off in the recorder's place; while round planning is away nobody is taken for one. */
    private boolean isGroupLeader(Caller caller, long groupId) {
        if (caller.personId() == null) {
            return false;
        }
        try {
            return rounds.group(groupId).members().stream()
                    .anyMatch(m -> m.personId() == caller.personId() && m.role() == GroupRole.LEADER);
        } catch (ApiException roundPlanningAway) {
            return false;
        }
    }

    InterviewRecord correct(Caller caller, long id, CorrectionDraft correction) {
        CorrectionDraft c = InterviewRules.body(correction);
        RecordEntity current = db.read(em -> RecordContent.find(em, caller, id));
        Checks checks = new Checks().required("reason", InterviewRules.trim(c.reason()), "更正理由", "reason")
                .maxLength("reason", c.reason(), Limits.REASON, "更正理由", "reason");
        List<Section> sections = InterviewRules.sections("sections", c.sections(), checks);
        List<LeaderNote> notes = InterviewRules.leaderNotes("leaderNotes", c.leaderNotes(), people.leaderIds(caller, current.unitId), checks);
        checks.check(sections.isEmpty() && notes.isEmpty(), "sections", "required", "更正后的谈话内容不能为空",
                "The corrected content must not be empty");
        checks.throwIfInvalid();
        RecordEntity saved = db.write(em -> {
            RecordEntity e = RecordContent.find(em, caller, id);
            if (e.status != RecordStatus.SIGNED) {
                throw ApiException.conflict("draft", "草稿可直接修改，无需更正", "A draft is changed directly, not corrected");
            }
            InterviewRules.checkVersion(c.version(), e.version);
            CorrectionEntity k = new CorrectionEntity();
            k.recordId = id;
            k.correctedAt = db.now();
            k.correctedBy = caller.username();
            em.persist(k);
            k.reasonEnc = db.encrypt(c.reason().strip(), k.cipherPlace("reason_enc"));
            k.previousEnc = db.encrypt(RecordRules.render(content.sections(e), content.notes(e)), k.cipherPlace("previous_enc"));
            content.write(e, sections, notes);
            e.updatedAt = k.correctedAt;
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, RecordContent.TYPE, id, "更正已签字的谈话记录（更正 " + k.id + "）");
            return e;
        });
        db.post(InterviewRecordsEvents.RECORD_CORRECTED, caller, id, saved.eventProperties());
        return content.read(id);
    }
}
