package org.xuncha.interviews.internal.record;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.Correction;
import org.xuncha.interviews.api.CorrectionDraft;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.InterviewEvents;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.RecordSummary;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Signature;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.Access;
import org.xuncha.interviews.internal.Files;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.InterviewStore;
import org.xuncha.interviews.internal.Leaders;
import org.xuncha.interviews.internal.Publisher;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.handover.HandOverServiceImpl;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl.PlannedRef;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;

/**
 * Interview records. What was said is encrypted before it reaches the entity and decrypted only
 * for a reader whose access was checked and audited; nothing of it is logged or put in an audit
 * summary.
 */
@Component(service = {InterviewRecordService.class, InterviewRecordServiceImpl.class}, immediate = true)
public class InterviewRecordServiceImpl implements InterviewRecordService {

    private static final String MODULE = InterviewPermissions.MODULE;
    static final String OWNER = "record";
    public static final Set<String> SORT = Set.of("id", "heldAt", "createdAt");

    private final InterviewStore store;
    private final Rounds rounds;
    private final InterviewPlanServiceImpl plans;
    private final HandOverServiceImpl handOvers;
    private final ReferenceDataService reference;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final AttachmentStore attachments;
    private final Publisher publisher;
    private final Clock clock;

    @Activate
    public InterviewRecordServiceImpl(@Reference InterviewStore store, @Reference Rounds rounds,
                                      @Reference InterviewPlanServiceImpl plans, @Reference HandOverServiceImpl handOvers,
                                      @Reference ReferenceDataService reference, @Reference AuditTrail audit,
                                      @Reference FieldCipher cipher, @Reference AttachmentStore attachments,
                                      @Reference Publisher publisher, @Reference Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.plans = plans;
        this.handOvers = handOvers;
        this.reference = reference;
        this.audit = audit;
        this.cipher = cipher;
        this.attachments = attachments;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A draft after validation. */
    record Valid(InterviewRules.Interviewee interviewee, List<Long> interviewerIds, long recorderId, LocalDateTime heldAt,
                 String place, List<Section> sections, List<LeaderNote> leaderNotes) {
    }

    // ------------------------------------------------------------------ reading

    @Override
    public Page<RecordSummary> records(Caller caller, PlanQuery query, PageRequest page) {
        caller.require(InterviewPermissions.RECORD_READ);
        Access.Where w = Access.where(caller, "r", query);
        String order = Access.orderBy("r", page, "r.heldAt desc, r.id desc");
        Page<RecordEntity> rows = store.read(em -> {
            long total = w.bind(em.createQuery("select count(r) from RecordEntity r" + w.sql(), Long.class)).getSingleResult();
            return new Page<>(w.bind(em.createQuery("select r from RecordEntity r" + w.sql() + order, RecordEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), total, page.page(), page.size());
        });
        Map<Long, Integer> pending = handOvers.pendingCounts(SourceType.RECORD, rows.items().stream().map(r -> r.id).toList());
        // The list names who was interviewed: it is audited like a read, by filter, without names.
        audit.record(caller, AuditEntry.of(AuditAction.READ, MODULE, OWNER, null, "查看谈话记录列表（" + describe(query) + "，"
                + rows.items().size() + " 条）"));
        return rows.map(r -> new RecordSummary(r.id, r.roundId, r.groupId, r.unitId, r.plannedId, r.category, r.personId,
                cipher.decrypt(r.nameEnc), r.heldAt, r.status, r.coversMandatory, r.missesMandatory, pending.getOrDefault(r.id, 0)));
    }

    static String describe(PlanQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.roundId() != null) {
            parts.add("轮次 " + q.roundId());
        }
        if (q.groupId() != null) {
            parts.add("巡察组 " + q.groupId());
        }
        if (q.unitId() != null) {
            parts.add("单位 " + q.unitId());
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    @Override
    public InterviewRecord record(Caller caller, long id) {
        caller.require(InterviewPermissions.RECORD_READ);
        InterviewRecord r = store.read(em -> view(em, find(em, caller, id)));
        audit.record(caller, AuditEntry.of(AuditAction.READ, MODULE, OWNER, id, "查看谈话记录"));
        return r;
    }

    /** Signed-off records of a unit, for the dossier (whose caller was checked and whose read is audited there). */
    public List<InterviewRecord> signedRecords(long roundId, long unitId) {
        return store.read(em -> em.createQuery("select r from RecordEntity r where r.roundId = :r and r.unitId = :u and r.status = :s "
                + "order by r.heldAt, r.id", RecordEntity.class).setParameter("r", roundId).setParameter("u", unitId)
                .setParameter("s", RecordStatus.SIGNED).getResultList().stream().map(e -> view(em, e)).toList());
    }

    // ------------------------------------------------------------------ writing

    @Override
    public InterviewRecord create(Caller caller, RecordDraft draft) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        RecordDraft d = draft;
        PlannedRef planned = null;
        if (draft.plannedInterviewId() != null) {
            planned = store.read(em -> plans.planned(em, draft.plannedInterviewId()));
            if (planned == null) {
                throw ApiException.notFound("计划谈话", "planned interview", draft.plannedInterviewId());
            }
            checkPlanned(draft, planned);
            d = withPlanDefaults(draft, planned.interview());
        }
        Long roundId = planned != null ? Long.valueOf(planned.roundId()) : d.roundId();
        Long groupId = planned != null ? Long.valueOf(planned.groupId()) : d.groupId();
        Long unitId = planned != null ? Long.valueOf(planned.unitId()) : d.unitId();
        Rounds.Target target = rounds.target(caller, roundId, groupId, unitId);
        Checks checks = new Checks();
        Valid v = validate(caller, d, target, checks);
        checks.throwIfInvalid();
        LocalDateTime now = LocalDateTime.now(clock);
        Long plannedId = planned == null ? null : planned.interview().id();
        RecordEntity saved = store.write(em -> {
            RecordEntity e = new RecordEntity();
            target.applyTo(e);
            e.plannedId = plannedId;
            e.intervieweeSignature = SignatureStatus.PENDING;
            e.status = RecordStatus.DRAFT;
            e.createdBy = caller.username();
            e.createdAt = now;
            apply(e, v, now);
            em.persist(e);
            em.flush();
            if (plannedId != null) {
                plans.markHeld(em, plannedId, e.id);
            }
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, OWNER, e.id, "新增谈话记录（轮次 " + e.roundId
                    + "，巡察组 " + e.groupId + "，单位 " + e.unitId + "，" + e.category.nameZh() + "）"));
            return e;
        });
        publisher.post(InterviewEvents.RECORD_SAVED, caller, saved.id, saved);
        return store.read(em -> view(em, em.find(RecordEntity.class, saved.id)));
    }

    private static void checkPlanned(RecordDraft d, PlannedRef p) {
        new Checks()
                .check(d.roundId() != null && d.roundId() != p.roundId() || d.groupId() != null && d.groupId() != p.groupId()
                                || d.unitId() != null && d.unitId() != p.unitId(), "plannedInterviewId", "invalid",
                        "计划谈话与所填轮次、巡察组或单位不一致", "The planned interview belongs to another round, group or unit")
                .throwIfInvalid();
        if (p.interview().status() == PlannedStatus.CANCELLED) {
            throw ApiException.conflict("cancelled", "该计划谈话已取消", "The planned interview was cancelled");
        }
        if (p.interview().recordId() != null) {
            throw ApiException.conflict("already_recorded", "该计划谈话已有谈话记录（" + p.interview().recordId() + "）",
                    "The planned interview already has a record (" + p.interview().recordId() + ")");
        }
    }

    /** The plan fills in whatever the record leaves empty. */
    static RecordDraft withPlanDefaults(RecordDraft d, PlannedInterview p) {
        boolean sameInterviewee = d.personId() == null && d.intervieweeName() == null;
        return new RecordDraft(p.id(), null, null, null,
                d.category() != null ? d.category() : p.category(),
                sameInterviewee ? p.personId() : d.personId(),
                sameInterviewee && p.personId() == null ? p.intervieweeName() : d.intervieweeName(),
                d.intervieweePost() != null ? d.intervieweePost() : p.intervieweePost(),
                d.heldAt() != null ? d.heldAt() : p.scheduledAt(),
                d.place() != null ? d.place() : p.place(),
                d.interviewerIds() != null ? d.interviewerIds() : p.interviewerIds(),
                d.recorderId() != null ? d.recorderId() : p.recorderId(),
                d.sections(), d.leaderNotes(), d.version());
    }

    @Override
    public InterviewRecord update(Caller caller, long id, RecordDraft d) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        RecordEntity current = store.read(em -> find(em, caller, id));
        requireDraft(current);
        new Checks()
                .check(d.roundId() != null && d.roundId() != current.roundId || d.groupId() != null && d.groupId() != current.groupId
                        || d.unitId() != null && d.unitId() != current.unitId, "roundId", "invalid",
                        "谈话记录的轮次、巡察组和单位不能修改", "A record's round, group and unit cannot change")
                .check(d.plannedInterviewId() != null && !d.plannedInterviewId().equals(current.plannedId), "plannedInterviewId",
                        "invalid", "谈话记录对应的计划谈话不能修改", "A record's planned interview cannot change")
                .throwIfInvalid();
        Rounds.Target target = rounds.target(caller, current.roundId, current.groupId, current.unitId);
        Checks checks = new Checks();
        Valid v = validate(caller, d, target, checks);
        checks.throwIfInvalid();
        RecordEntity saved = store.write(em -> {
            RecordEntity e = find(em, caller, id);
            requireDraft(e);
            InterviewPlanServiceImpl.checkVersion(d.version(), e.version);
            apply(e, v, LocalDateTime.now(clock));
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, OWNER, id, "修改谈话记录（草稿）"));
            return e;
        });
        publisher.post(InterviewEvents.RECORD_SAVED, caller, id, saved);
        return store.read(em -> view(em, em.find(RecordEntity.class, id)));
    }

    @Override
    public InterviewRecord updateSignatures(Caller caller, long id, Signatures s) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        return store.write(em -> {
            RecordEntity e = find(em, caller, id);
            requireDraft(e);
            InterviewPlanServiceImpl.checkVersion(s.version(), e.version);
            Set<Long> interviewers = e.interviewers.stream().map(i -> i.personId).collect(Collectors.toSet());
            List<Signature> sent = s.interviewers() == null ? List.of() : s.interviewers();
            Checks checks = new Checks()
                    .check(!interviewers.equals(sent.stream().filter(x -> x != null).map(Signature::personId).collect(Collectors.toSet()))
                                    || sent.size() != interviewers.size(), "interviewers", "invalid",
                            "签字情况须列出本记录的全部谈话人", "List every interviewer of the record")
                    .check(sent.stream().anyMatch(x -> x == null || x.status() == null || x.status() == SignatureStatus.DECLINED),
                            "interviewers", "invalid", "谈话人的签字情况只能是“已签字”或“待签字”", "An interviewer has signed or not yet")
                    .required("interviewee", s.interviewee(), "被谈话人签字情况", "interviewee signature")
                    .maxLength("intervieweeNote", s.intervieweeNote(), 2000, "说明", "note");
            checks.check(s.interviewee() == SignatureStatus.DECLINED && InterviewRules.trim(s.intervieweeNote()) == null,
                    "intervieweeNote", "required", "被谈话人拒绝签字的，应注明情况", "Note why the interviewee declined to sign");
            checks.throwIfInvalid();
            Map<Long, SignatureStatus> byPerson = new HashMap<>();
            sent.forEach(x -> byPerson.put(x.personId(), x.status()));
            e.interviewers.forEach(i -> i.signature = byPerson.get(i.personId));
            e.intervieweeSignature = s.interviewee();
            e.intervieweeNoteEnc = cipher.encrypt(InterviewRules.trim(s.intervieweeNote()));
            e.updatedAt = LocalDateTime.now(clock);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, OWNER, id, "更新谈话记录签字情况"));
            return view(em, e);
        });
    }

    @Override
    public InterviewRecord signOff(Caller caller, long id, long version) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        RecordEntity current = store.read(em -> find(em, caller, id));
        boolean recorder = caller.personId() != null && caller.personId() == current.recorderId;
        if (!recorder && !isGroupLeader(caller, current.groupId)) {
            throw new ApiException(403, "not_recorder", "只有记录人或组长可以签字确认谈话记录",
                    "Only the recorder or the group leader can sign a record off");
        }
        RecordEntity saved = store.write(em -> {
            RecordEntity e = find(em, caller, id);
            requireDraft(e);
            InterviewPlanServiceImpl.checkVersion(version, e.version);
            List<String> missing = new ArrayList<>();
            if (e.sections.isEmpty() && e.leaderNotes.isEmpty()) {
                missing.add("谈话内容为空");
            }
            if (e.interviewers.stream().anyMatch(i -> i.signature != SignatureStatus.SIGNED)) {
                missing.add("谈话人未全部签字");
            }
            if (e.intervieweeSignature == SignatureStatus.PENDING) {
                missing.add("被谈话人未签字（拒绝签字的应注明）");
            }
            if (!missing.isEmpty()) {
                throw ApiException.conflict("not_ready", "尚不能签字确认：" + String.join("；", missing),
                        "Cannot sign off yet: content, every interviewer's signature and the interviewee's signature (or refusal) are needed");
            }
            e.status = RecordStatus.SIGNED;
            e.signedOffBy = caller.username();
            e.signedOffAt = LocalDateTime.now(clock);
            e.updatedAt = e.signedOffAt;
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.TRANSITION, MODULE, OWNER, id, "谈话记录签字确认"));
            return e;
        });
        publisher.post(InterviewEvents.RECORD_SIGNED, caller, id, saved);
        return store.read(em -> view(em, em.find(RecordEntity.class, id)));
    }

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

    @Override
    public InterviewRecord correct(Caller caller, long id, CorrectionDraft c) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        RecordEntity current = store.read(em -> find(em, caller, id));
        Checks checks = new Checks().required("reason", InterviewRules.trim(c.reason()), "更正理由", "reason")
                .maxLength("reason", c.reason(), 2000, "更正理由", "reason");
        List<Section> sections = InterviewRules.sections("sections", c.sections(), checks);
        List<LeaderNote> notes = InterviewRules.leaderNotes("leaderNotes", c.leaderNotes(), leaderIds(caller, current.unitId), checks);
        checks.check(sections.isEmpty() && notes.isEmpty(), "sections", "required", "更正后的谈话内容不能为空",
                "The corrected content must not be empty");
        checks.throwIfInvalid();
        RecordEntity saved = store.write(em -> {
            RecordEntity e = find(em, caller, id);
            if (e.status != RecordStatus.SIGNED) {
                throw ApiException.conflict("draft", "草稿可直接修改，无需更正", "A draft is changed directly, not corrected");
            }
            InterviewPlanServiceImpl.checkVersion(c.version(), e.version);
            CorrectionEntity k = new CorrectionEntity();
            k.recordId = id;
            k.correctedAt = LocalDateTime.now(clock);
            k.correctedBy = caller.username();
            k.reasonEnc = cipher.encrypt(c.reason().strip());
            k.previousEnc = cipher.encrypt(render(sections(e), notes(e)));
            em.persist(k);
            content(e, sections, notes);
            e.updatedAt = k.correctedAt;
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.UPDATE, MODULE, OWNER, id, "更正已签字的谈话记录（更正 " + k.id + "）"));
            return e;
        });
        publisher.post(InterviewEvents.RECORD_CORRECTED, caller, id, saved);
        return store.read(em -> view(em, em.find(RecordEntity.class, id)));
    }

    /** The content as plain text, as kept with a correction. */
    static String render(List<Section> sections, List<LeaderNote> notes) {
        StringBuilder b = new StringBuilder();
        for (Section s : sections) {
            b.append("【").append(s.topicTitle() == null ? "其他" : s.topicTitle()).append("】\n").append(s.text()).append("\n\n");
        }
        for (LeaderNote n : notes) {
            b.append("【必谈内容：").append(n.personId() == null ? "领导班子整体" : "人员 " + n.personId()).append("】\n")
                    .append(n.text()).append("\n\n");
        }
        return b.toString().strip();
    }

    @Override
    public HandOver raise(Caller caller, long id, RaiseDraft draft) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        RecordEntity e = store.read(em -> find(em, caller, id));
        return handOvers.raise(caller, SourceType.RECORD, id, e, draft);
    }

    @Override
    public Attachment attach(Caller caller, long id, String filename, String contentType, byte[] content) {
        caller.require(InterviewPermissions.RECORD_WRITE);
        store.read(em -> find(em, caller, id));
        return Files.attach(attachments, caller, OWNER, id, filename, contentType, content);
    }

    @Override
    public Download attachment(Caller caller, long id, long attachmentId) {
        caller.require(InterviewPermissions.RECORD_READ);
        store.read(em -> find(em, caller, id));
        return Files.download(attachments, caller, OWNER, id, attachmentId);
    }

    // ------------------------------------------------------------------ statistics

    /** Interviews held (records) by status, and leadership records missing the mandatory topic. */
    public List<Statistic> statistics(Caller caller) {
        Access.Where w = Access.where(caller, "r", null);
        Map<RecordStatus, Long> byStatus = new EnumMap<>(RecordStatus.class);
        long missing = store.read(em -> {
            w.bind(em.createQuery("select r.status, count(r) from RecordEntity r" + w.sql() + " group by r.status", Object[].class))
                    .getResultList().forEach(row -> byStatus.put((RecordStatus) row[0], (Long) row[1]));
            Access.Where m = Access.where(caller, "r", null).and("r.missesMandatory = true", null, null);
            return m.bind(em.createQuery("select count(r) from RecordEntity r" + m.sql(), Long.class)).getSingleResult();
        });
        List<Statistic.DataPoint> points = new ArrayList<>();
        for (RecordStatus s : RecordStatus.values()) {
            points.add(new Statistic.DataPoint(s.nameZh(), s.nameEn(), byStatus.getOrDefault(s, 0L)));
        }
        return List.of(
                new Statistic(MODULE + ".held", "已谈话人次（谈话记录）", "Interviews held (records)",
                        byStatus.values().stream().mapToLong(Long::longValue).sum(), "bar", points),
                Statistic.of(MODULE + ".records-missing-topic", "缺少必谈内容的班子成员谈话记录", "Leadership records without the mandatory topic",
                        missing));
    }

    // ------------------------------------------------------------------ helpers

    private Valid validate(Caller caller, RecordDraft d, Rounds.Target target, Checks checks) {
        Person person = null;
        if (d.personId() != null) {
            try {
                person = reference.person(caller, d.personId()).orElse(null);
            } catch (ApiException outsideScope) {
                person = null;
            }
        }
        InterviewRules.Interviewee who = InterviewRules.interviewee("", d.category(), d.personId(), d.intervieweeName(),
                d.intervieweePost(), person, target.unitId(), checks);
        Set<Long> members = target.group().members().stream().map(GroupMember::personId).collect(Collectors.toSet());
        InterviewRules.people("", d.interviewerIds(), d.recorderId(), d.personId(), members, checks);
        checks.required("heldAt", d.heldAt(), "谈话时间", "time")
                .required("place", InterviewRules.trim(d.place()), "谈话地点", "place")
                .maxLength("place", d.place(), 200, "谈话地点", "place");
        List<Section> sections = InterviewRules.sections("sections", d.sections(), checks);
        List<LeaderNote> notes = InterviewRules.leaderNotes("leaderNotes", d.leaderNotes(), leaderIds(caller, target.unitId()), checks);
        if (who == null || !checks.valid()) {
            return null;
        }
        return new Valid(who, List.copyOf(d.interviewerIds()), d.recorderId(), d.heldAt(), InterviewRules.trim(d.place()), sections, notes);
    }

    private Set<Long> leaderIds(Caller caller, long unitId) {
        return Leaders.of(reference, caller, unitId).stream().map(Person::id).collect(Collectors.toSet());
    }

    private void apply(RecordEntity e, Valid v, LocalDateTime now) {
        e.category = v.interviewee().category();
        e.personId = v.interviewee().personId();
        e.nameEnc = cipher.encrypt(v.interviewee().name());
        e.post = v.interviewee().post();
        e.heldAt = v.heldAt();
        e.place = v.place();
        Map<Long, SignatureStatus> before = new HashMap<>();
        e.interviewers.forEach(i -> before.put(i.personId, i.signature));
        e.interviewers.clear();
        v.interviewerIds().forEach(p -> e.interviewers.add(new InterviewerValue(p, before.getOrDefault(p, SignatureStatus.PENDING))));
        e.recorderId = v.recorderId();
        content(e, v.sections(), v.leaderNotes());
        e.updatedAt = now;
    }

    /** Replaces what was said, encrypting it, and recomputes the mandatory-topic flags. */
    private void content(RecordEntity e, List<Section> sections, List<LeaderNote> notes) {
        e.sections.clear();
        sections.forEach(s -> e.sections.add(new SectionValue(s.topicCode(), s.topicTitle(), cipher.encrypt(s.text()))));
        e.leaderNotes.clear();
        notes.forEach(n -> e.leaderNotes.add(new LeaderNoteValue(n.personId(), cipher.encrypt(n.text()))));
        e.coversMandatory = InterviewRules.coversMandatoryTopic(sections, notes);
        e.missesMandatory = e.category.leadership() && !e.coversMandatory;
    }

    private List<Section> sections(RecordEntity e) {
        return e.sections.stream().map(s -> new Section(s.topicCode, s.topicTitle, cipher.decrypt(s.textEnc))).toList();
    }

    private List<LeaderNote> notes(RecordEntity e) {
        return e.leaderNotes.stream().map(n -> new LeaderNote(n.personId, cipher.decrypt(n.textEnc))).toList();
    }

    private static void requireDraft(RecordEntity e) {
        if (e.status != RecordStatus.DRAFT) {
            throw ApiException.conflict("signed", "谈话记录已签字确认，不能直接修改，如需修改请提交更正",
                    "The record is signed off; submit a correction to change it");
        }
    }

    private static RecordEntity find(EntityManager em, Caller caller, long id) {
        RecordEntity e = em.find(RecordEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("谈话记录", "interview record", id);
        }
        Access.requireScope(caller, e);
        return e;
    }

    private InterviewRecord view(EntityManager em, RecordEntity e) {
        List<Correction> corrections = em.createQuery("select c from CorrectionEntity c where c.recordId = :r order by c.id",
                CorrectionEntity.class).setParameter("r", e.id).getResultList().stream()
                .map(c -> new Correction(c.id, c.correctedAt, c.correctedBy, cipher.decrypt(c.reasonEnc), cipher.decrypt(c.previousEnc)))
                .toList();
        List<Signature> interviewers = e.interviewers.stream().map(i -> new Signature(i.personId, i.signature)).toList();
        return new InterviewRecord(e.id, e.roundId, e.groupId, e.unitId, e.plannedId, e.category, e.personId, cipher.decrypt(e.nameEnc),
                e.post, e.heldAt, e.place, interviewers, e.recorderId, e.intervieweeSignature, cipher.decrypt(e.intervieweeNoteEnc),
                e.status, sections(e), notes(e), e.coversMandatory, e.missesMandatory,
                handOvers.forSources(SourceType.RECORD, List.of(e.id)), handOvers.available(),
                attachments.list(MODULE, OWNER, String.valueOf(e.id)), corrections, e.signedOffBy, e.signedOffAt, e.createdBy,
                e.createdAt, e.updatedAt, e.version);
    }
}
