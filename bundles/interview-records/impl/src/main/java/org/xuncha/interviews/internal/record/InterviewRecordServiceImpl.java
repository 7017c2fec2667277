package org.xuncha.interviews.internal.record;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.CorrectionDraft;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.RecordSummary;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.People;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.Store;
import org.xuncha.interviews.internal.attachment.AttachmentService;
import org.xuncha.interviews.internal.handover.RaiseService;
import org.xuncha.interviews.internal.plan.PlannedInterviews;
import org.xuncha.interviews.internal.plan.PlannedInterviews.PlannedRef;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Interview records: the list (audited, as it names interviewees), reading one (audited), writing
 * and changing a draft; signatures, sign-off and corrections are {@link SignOffService}'s.
 */
@Component(service = InterviewRecordService.class, immediate = true)
public class InterviewRecordServiceImpl implements InterviewRecordService {

    /** Sortable fields of the list and their JPQL paths. */
    public static final Map<String, String> SORT = Map.of("id", "r.id", "heldAt", "r.heldAt", "createdAt", "r.createdAt");

    private final ModuleStore db;
    private final Rounds rounds;
    private final People people;
    private final PlannedInterviews planned;
    private final RecordContent content;
    private final SignOffService signOffs;
    private final RaiseService raised;
    private final AttachmentService attachments;

    @Activate
    public InterviewRecordServiceImpl(@Reference Store store, @Reference Rounds rounds, @Reference People people,
                                      @Reference PlannedInterviews planned, @Reference RecordContent content,
                                      @Reference SignOffService signOffs, @Reference RaiseService raised,
                                      @Reference AttachmentService attachments) {
        this.db = store.db();
        this.rounds = rounds;
        this.people = people;
        this.planned = planned;
        this.content = content;
        this.signOffs = signOffs;
        this.raised = raised;
        this.attachments = attachments;
    }

    /** A draft after validation. */
    record Valid(InterviewRules.Interviewee interviewee, List<Long> interviewerIds, long recorderId, LocalDateTime heldAt,
                 String place, List<Section> sections, List<LeaderNote> leaderNotes) {
    }

    @Override
    public Page<RecordSummary> records(Caller caller, PlanQuery query, PageRequest page) {
        caller.require(InterviewRecordsPermissions.RECORD_READ);
        PlanQuery q = query == null ? PlanQuery.all() : query;
        Where w = ScopedEntity.where(caller, "r", q);
        Page<RecordEntity> rows = db.read(em -> w.page(em, RecordEntity.class, "r", Where.orderBy(page, SORT, "r.id"), page));
        Map<Long, Integer> pending = raised.pendingCounts(SourceType.RECORD, rows.items().stream().map(r -> r.id).toList());
        // The list names who was interviewed: it is audited like a read, by filter, without names.
        db.audit(caller, AuditAction.READ, RecordContent.TYPE, null, "查看谈话记录列表（" + RecordRules.describe(q) + "，"
                + rows.items().size() + " 条）");
        return rows.map(r -> new RecordSummary(r.id, r.roundId, r.groupId, r.unitId, r.plannedId, r.category, r.personId,
                db.decrypt(r.nameEnc, r.cipherPlace("name_enc")), r.heldAt, r.status, r.coversMandatory, r.missesMandatory, pending.getOrDefault(r.id, 0)));
    }

    @Override
    public InterviewRecord record(Caller caller, long id) {
        caller.require(InterviewRecordsPermissions.RECORD_READ);
        InterviewRecord r = db.read(em -> content.view(em, RecordContent.find(em, caller, id)));
        db.audit(caller, AuditAction.READ, RecordContent.TYPE, id, "查看谈话记录");
        return r;
    }

    @Override
    public InterviewRecord create(Caller caller, RecordDraft draft) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        RecordDraft d = InterviewRules.body(draft);
        PlannedRef plan = null;
        if (d.plannedInterviewId() != null) {
            long plannedId = d.plannedInterviewId();
            plan = db.read(em -> planned.planned(em, plannedId));
            new Checks().check(plan == null, "plannedInterviewId", "not_found", "计划谈话不存在：" + plannedId,
                    "No such planned interview: " + plannedId).throwIfInvalid();
            ScopedEntity.requireScope(caller, plan.divisionCode(), plan.groupId(), plan.unitId());
            RecordRules.checkPlanned(d, plan.interview(), plan.roundId(), plan.groupId(), plan.unitId());
            d = RecordRules.withPlanDefaults(d, plan.interview());
        }
        Checks checks = new Checks();
        Rounds.Target target = plan != null ? rounds.target(caller, plan.roundId(), plan.groupId(), plan.unitId(), checks)
                : rounds.target(caller, d.roundId(), d.groupId(), d.unitId(), checks);
        Valid v = target == null ? null : validate(caller, d, target, checks);
        checks.throwIfInvalid();
        LocalDateTime now = db.now();
        Long plannedId = plan == null ? null : plan.interview().id();
        RecordEntity saved = db.write(em -> {
            RecordEntity e = new RecordEntity();
            target.applyTo(e);
            e.plannedId = plannedId;
            e.intervieweeSignature = SignatureStatus.PENDING;
            e.status = RecordStatus.DRAFT;
            e.createdBy = caller.username();
            e.createdAt = now;
            em.persist(e);
            // after persist(): the ciphertexts are bound to the row's id
            apply(e, v, now);
            em.flush();
            if (plannedId != null) {
                planned.markHeld(em, plannedId, e.id);
            }
            db.audit(em, caller, AuditAction.CREATE, RecordContent.TYPE, e.id, "新增谈话记录（轮次 " + e.roundId + "，巡察组 " + e.groupId
                    + "，单位 " + e.unitId + "，" + e.category.nameZh() + "）");
            return e;
        });
        db.post(InterviewRecordsEvents.RECORD_SAVED, caller, saved.id, saved.eventProperties());
        return content.read(saved.id);
    }

    @Override
    public InterviewRecord update(Caller caller, long id, RecordDraft draft) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        RecordDraft d = InterviewRules.body(draft);
        RecordEntity current = db.read(em -> RecordContent.find(em, caller, id));
        RecordContent.requireDraft(current);
        RecordRules.unchanged(d, current.roundId, current.groupId, current.unitId, current.plannedId);
        Checks checks = new Checks();
        Rounds.Target target = rounds.target(caller, current.roundId, current.groupId, current.unitId, checks);
        Valid v = target == null ? null : validate(caller, d, target, checks);
        checks.throwIfInvalid();
        RecordEntity saved = db.write(em -> {
            RecordEntity e = RecordContent.find(em, caller, id);
            RecordContent.requireDraft(e);
            InterviewRules.checkVersion(d.version(), e.version);
            apply(e, v, db.now());
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, RecordContent.TYPE, id, "修改谈话记录（草稿）");
            return e;
        });
        db.post(InterviewRecordsEvents.RECORD_SAVED, caller, id, saved.eventProperties());
        return content.read(id);
    }

    @Override
    public InterviewRecord updateSignatures(Caller caller, long id, Signatures signatures) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        return signOffs.updateSignatures(caller, id, signatures);
    }

    @Override
    public InterviewRecord signOff(Caller caller, long id, long version) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        return signOffs.signOff(caller, id, version);
    }

    @Override
    public InterviewRecord correct(Caller caller, long id, CorrectionDraft correction) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        return signOffs.correct(caller, id, correction);
    }

    @Override
    public HandOver raise(Caller caller, long id, RaiseDraft draft) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        RecordEntity e = db.read(em -> RecordContent.find(em, caller, id));
        return raised.raise(caller, SourceType.RECORD, id, e, draft);
    }

    @Override
    public Attachment attach(Caller caller, long id, String filename, String contentType, byte[] file) {
        caller.require(InterviewRecordsPermissions.RECORD_WRITE);
        db.read(em -> RecordContent.find(em, caller, id));
        return attachments.attach(caller, RecordContent.TYPE, id, filename, contentType, file);
    }

    @Override
    public Download attachment(Caller caller, long id, long attachmentId) {
        caller.require(InterviewRecordsPermissions.RECORD_READ);
        db.read(em -> RecordContent.find(em, caller, id));
        return attachments.download(caller, RecordContent.TYPE, id, attachmentId);
    }

    /** The interviewee, interviewers, recorder, time, place and content of a draft, against the target's group and unit. */
    private Valid validate(Caller caller, RecordDraft d, Rounds.Target target, Checks checks) {
        InterviewRules.Interviewee who = InterviewRules.interviewee("", d.category(), d.personId(), d.intervieweeName(),
                d.intervieweePost(), people.person(caller, "personId", d.personId()), target.unitId(), checks);
        InterviewRules.people("", d.interviewerIds(), d.recorderId(), d.personId(), target.members(), checks);
        checks.required("heldAt", d.heldAt(), "谈话时间", "time")
                .required("place", InterviewRules.trim(d.place()), "谈话地点", "place")
                .maxLength("place", d.place(), Limits.PLACE, "谈话地点", "place");
        InterviewRules.year("heldAt", d.heldAt(), "谈话时间", "time", checks);
        List<Section> sections = InterviewRules.sections("sections", d.sections(), checks);
        List<LeaderNote> notes = InterviewRules.leaderNotes("leaderNotes", d.leaderNotes(), people.leaderIds(caller, target.unitId()), checks);
        if (who == null || !checks.valid()) {
            return null;
        }
        return new Valid(who, List.copyOf(d.interviewerIds()), d.recorderId(), d.heldAt(), InterviewRules.trim(d.place()), sections, notes);
    }

    private void apply(RecordEntity e, Valid v, LocalDateTime now) {
        e.category = v.interviewee().category();
        e.personId = v.interviewee().personId();
        e.nameEnc = db.encrypt(v.interviewee().name(), e.cipherPlace("name_enc"));
        e.post = v.interviewee().post();
        e.heldAt = v.heldAt();
        e.place = v.place();
        Map<Long, SignatureStatus> before = new HashMap<>();
        e.interviewers.forEach(i -> before.put(i.personId, i.signature));
        e.interviewers.clear();
        v.interviewerIds().forEach(p -> e.interviewers.add(new InterviewerValue(p, before.getOrDefault(p, SignatureStatus.PENDING))));
        e.recorderId = v.recorderId();
        content.write(e, v.sections(), v.leaderNotes());
        e.updatedAt = now;
    }
}
