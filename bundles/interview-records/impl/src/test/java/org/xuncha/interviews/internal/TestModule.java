package org.xuncha.interviews.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanDraft;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Signature;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.internal.attachment.AttachmentService;
import org.xuncha.interviews.internal.dossier.DossierServiceImpl;
import org.xuncha.interviews.internal.handover.HandOverSender;
import org.xuncha.interviews.internal.handover.HandOverServiceImpl;
import org.xuncha.interviews.internal.handover.RaiseService;
import org.xuncha.interviews.internal.letter.LetterServiceImpl;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl;
import org.xuncha.interviews.internal.plan.MandatoryTopicService;
import org.xuncha.interviews.internal.plan.PlannedInterviews;
import org.xuncha.interviews.internal.record.InterviewRecordServiceImpl;
import org.xuncha.interviews.internal.record.RecordContent;
import org.xuncha.interviews.internal.record.SignOffService;
import org.xuncha.interviews.internal.template.OutlineTemplateServiceImpl;
import org.xuncha.leadtransfer.api.LeadDraft;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.platform.api.reference.Person.Leadership;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.testkit.InMemoryAccounts;
import org.xuncha.testkit.InMemoryAttachments;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/**
 * The whole module wired as Declarative Services wires it, on a test database of the module's own
 * schema (at 2026-11-20 10:00, where the clock stands), with the other modules and the platform's
 * reference data, attachments and accounts kept in memory. One round
 * ({@link #ROUND}) of division 371500 sends group {@link #GROUP} (leader 101, members 102 and 103)
 * to unit {@link #UNIT} (top leader 11, deputies 12 and 13, middle manager 14) and group
 * {@link #OTHER_GROUP} (member 201) to unit {@link #OTHER_UNIT}.
 */
public final class TestModule implements AutoCloseable {

    public static final String DIVISION = "371500";
    public static final long ROUND = 1;
    public static final long GROUP = 2;
    public static final long OTHER_GROUP = 3;
    public static final long UNIT = 7;
    public static final long OTHER_UNIT = 8;
    public static final long TOP = 11;
    public static final long DEPUTY = 12;
    public static final long DEPUTY2 = 13;
    public static final long MIDDLE = 14;
    public static final long LEADER = 101;
    public static final long MEMBER = 102;
    public static final long MEMBER2 = 103;
    public static final long OTHER = 201;

    public final TestModuleStore db = store();
    public final InMemoryRounds directory = new InMemoryRounds();
    public final InMemoryReferenceData reference = new InMemoryReferenceData();
    public final InMemoryAttachments files = new InMemoryAttachments();
    public final InMemoryAccounts accounts = new InMemoryAccounts();

    public final Rounds rounds = new Rounds();
    public final LeadTransfer leadTransfer = new LeadTransfer();
    public final Store store = new Store(db.emf(), db.stores());
    public final People people = new People(reference);
    public final OutlineTemplateServiceImpl templates = new OutlineTemplateServiceImpl(store);
    public final PlannedInterviews planned = new PlannedInterviews(store, people);
    public final MandatoryTopicService mandatory = new MandatoryTopicService(store, people);
    public final InterviewPlanServiceImpl plans = new InterviewPlanServiceImpl(store, rounds, planned, mandatory);
    public final AttachmentService attachments = new AttachmentService(files);
    /** The thread the automatic hand-overs run on (one, so what is queued runs in order). */
    public final ScheduledExecutorService handOverThread = Executors.newSingleThreadScheduledExecutor();
    public final HandOverSender sender = new HandOverSender(store, leadTransfer, accounts, handOverThread);
    public final RaiseService raised = new RaiseService(store, people, leadTransfer, sender);
    public final HandOverServiceImpl handOvers = new HandOverServiceImpl(store, leadTransfer, sender, raised);
    public final RecordContent content = new RecordContent(store, raised, attachments);
    public final SignOffService signOffs = new SignOffService(store, content, rounds, people);
    public final InterviewRecordServiceImpl records = new InterviewRecordServiceImpl(store, rounds, people, planned, content, signOffs,
            raised, attachments);
    public final LetterServiceImpl letters = new LetterServiceImpl(store, rounds, raised, attachments);
    public final DossierServiceImpl dossiers = new DossierServiceImpl(store, rounds, people, content, mandatory, raised,
            org.xuncha.platform.documents.testing.TestDocuments.service());
    public final InterviewStatistics statistics = new InterviewStatistics(store, mandatory);

    public final Caller member = groupCaller("ivr-member", MEMBER, GROUP, UNIT);
    public final Caller member2 = groupCaller("ivr-member2", MEMBER2, GROUP, UNIT);
    public final Caller leader = groupCaller("ivr-leader", LEADER, GROUP, UNIT);
    public final Caller otherGroup = groupCaller("ivr-other", OTHER, OTHER_GROUP, OTHER_UNIT);
    public final Caller officeLeader = TestCallers.of("ivr-office-leader", Roles.OFFICE_LEADER, DIVISION, Set.of(DIVISION), null, null,
            ALL_PERMISSIONS);

    public TestModule() {
        rounds.directory = directory;
        directory.add(new RoundRef(ROUND, 1, 1, "十四届市委第一轮巡察", RoundType.REGULAR, Stage.FIELDWORK, DIVISION,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), null));
        directory.add(new GroupRef(GROUP, ROUND, "第一巡察组", List.of(new GroupMember(LEADER, GroupRole.LEADER),
                new GroupMember(MEMBER, GroupRole.MEMBER), new GroupMember(MEMBER2, GroupRole.MEMBER)), Set.of(UNIT)));
        directory.add(new GroupRef(OTHER_GROUP, ROUND, "第二巡察组", List.of(new GroupMember(OTHER, GroupRole.LEADER)), Set.of(OTHER_UNIT)));
        reference.add(new Unit(UNIT, "EDU", "聊城市教育和体育局党组", DIVISION, null, null, null, null, true, 0L));
        reference.add(new Unit(OTHER_UNIT, "HEALTH", "聊城市卫生健康委员会党组", DIVISION, null, null, null, null, true, 0L));
        person(TOP, "张明", UNIT, "党组书记、局长", Leadership.TOP_LEADER);
        person(DEPUTY, "李华", UNIT, "党组成员、副局长", Leadership.LEADING_GROUP);
        person(DEPUTY2, "王强", UNIT, "党组成员、副局长", Leadership.LEADING_GROUP);
        person(MIDDLE, "陈静", UNIT, "财务科科长", Leadership.MIDDLE_MANAGER);
        for (long p : List.of(LEADER, MEMBER, MEMBER2, OTHER)) {
            person(p, "组员" + p, 99, "巡察组成员", Leadership.STAFF);
        }
        accounts.add(member, member2, leader, otherGroup, officeLeader);
    }

    private static TestModuleStore store() {
        TestModuleStore db = TestModuleStore.open(InterviewRecordsEvents.MODULE, "xuncha.interview-records", Store.CHANGELOG);
        db.testClock().set(LocalDateTime.of(2026, 11, 20, 10, 0));
        return db;
    }

    private void person(long id, String name, long unitId, String post, Leadership leadership) {
        reference.add(new Person(id, name, unitId, post, "正科级", leadership, DIVISION, true, 0L));
    }

    static Caller groupCaller(String username, long personId, long groupId, long unitId) {
        return TestCallers.of(username, Roles.GROUP_MEMBER, DIVISION, Set.of(DIVISION), personId,
                new GroupScope(Set.of(ROUND), Set.of(groupId), Set.of(unitId)), ALL_PERMISSIONS);
    }

    @Override
    public void close() throws Exception {
        sender.stop();
        db.close();
    }

    /**
     * Every permission of the module, and reading reference data as every account of the office and
     * the groups may: the tests choose callers by scope; grants are the descriptor's and the IT's.
     */
    static final String[] ALL_PERMISSIONS = {"interview-records.template.read", "interview-records.template.write",
        "interview-records.plan.read", "interview-records.plan.write", "interview-records.record.read",
        "interview-records.record.write", "interview-records.letter.read", "interview-records.letter.write",
        "interview-records.dossier.read", "interview-records.statistics", InMemoryReferenceData.READ};

    /** Lead transfer's intake: takes what it is given, as whom, or refuses while {@link #refusing} is set. */
    public static final class Intake implements LeadIntake {
        public final List<String> received = new CopyOnWriteArrayList<>();
        public volatile ApiException refusing;
        private final AtomicLong ids = new AtomicLong(500);

        @Override
        public long raiseProblem(Caller caller, ProblemDraft draft) {
            return take(caller, "problem " + draft.sourceRef() + " " + draft.description());
        }

        @Override
        public long raiseLead(Caller caller, LeadDraft draft) {
            return take(caller, "lead " + draft.sourceRef() + " " + draft.personName() + " " + draft.summary());
        }

        private long take(Caller caller, String what) {
            if (refusing != null) {
                throw refusing;
            }
            received.add(caller.username() + ": " + what);
            return ids.getAndIncrement();
        }
    }

    // ------------------------------------------------------------------ data the tests build on

    /** A built-in outline template by name. */
    public long template(String name) {
        return templates.templates(member).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
    }

    public static PlannedInterviewDraft interview(IntervieweeCategory category, Long personId, Long templateId, List<Long> interviewers,
                                                  long recorder) {
        return new PlannedInterviewDraft(category, personId, null, null, templateId, null, interviewers, recorder,
                LocalDateTime.of(2026, 11, 10, 9, 0), "谈话室一", null, null);
    }

    /** A plan of the group for its unit, made by a member. */
    public InterviewPlan plan(PlannedInterviewDraft... interviews) {
        return plans.createPlan(member, new PlanDraft(ROUND, GROUP, UNIT, "个别谈话安排", null, List.of(interviews)));
    }

    /** The record of a planned interview, written by a member with what the plan says. */
    public InterviewRecord record(PlannedInterview planned, List<Section> sections, List<LeaderNote> notes) {
        return records.create(member, new RecordDraft(planned.id(), null, null, null, null, null, null, null, null, null, null, null,
                sections, notes, null));
    }

    /** Everyone signs, then the recorder signs the record off. */
    public InterviewRecord signedOff(InterviewRecord r) {
        Caller recorder = callerOf(r.recorderId());
        InterviewRecord signed = records.updateSignatures(recorder, r.id(), new Signatures(r.interviewers().stream()
                .map(i -> new Signature(i.personId(), SignatureStatus.SIGNED)).toList(), SignatureStatus.SIGNED, null, r.version()));
        return records.signOff(recorder, r.id(), signed.version());
    }

    /** The group member signed in as that person. */
    public Caller callerOf(long personId) {
        return List.of(member, member2, leader, otherGroup).stream().filter(c -> c.personId() == personId).findFirst().orElseThrow();
    }

    /** Waits (ten seconds at most) until every automatic hand-over run due now has ended: a task queued behind them has run. */
    public void awaitHandOvers() throws Exception {
        handOverThread.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    /** Lead transfer starts (or stops, with null). */
    public void leadTransfer(LeadIntake intake) {
        if (intake == null) {
            leadTransfer.unbindIntake(leadTransfer.intake());
        } else {
            leadTransfer.bindIntake(intake);
        }
    }

    /** Round planning stops (being updated) or starts again. */
    public void roundPlanning(boolean running) {
        if (running) {
            rounds.directory = directory;
        } else {
            rounds.directory = null;
        }
    }
}
