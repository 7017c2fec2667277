package org.xuncha.interviews.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;


import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewRecord;
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
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.TermRef;

/**
 * The whole module wired as Declarative Services wires it, on a {@link TestStore}, with the other
 * modules and the platform's reference data, attachments and accounts kept in memory. One round
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

    public final TestStore db = new TestStore();
    public final Directory directory = new Directory();
    public final TestPlatform.Reference reference = new TestPlatform.Reference();
    public final TestPlatform.Files files = new TestPlatform.Files();
    public final TestPlatform.Accounts accounts = new TestPlatform.Accounts();

    public final Rounds rounds = new Rounds();
    public final LeadTransfer leadTransfer = new LeadTransfer();
    public final Store store = db.store();
    public final People people = new People(reference);
    public final OutlineTemplateServiceImpl templates = new OutlineTemplateServiceImpl(store);
    public final PlannedInterviews planned = new PlannedInterviews(store, people);
    public final MandatoryTopicService mandatory = new MandatoryTopicService(store, people);
    public final InterviewPlanServiceImpl plans = new InterviewPlanServiceImpl(store, rounds, planned, mandatory);
    public final AttachmentService attachments = new AttachmentService(files);
    public final HandOverSender sender = new HandOverSender(store, leadTransfer, accounts);
    public final RaiseService raised = new RaiseService(store, people, leadTransfer, sender);
    public final HandOverServiceImpl handOvers = new HandOverServiceImpl(store, leadTransfer, sender, raised);
    public final RecordContent content = new RecordContent(store, raised, attachments);
    public final SignOffService signOffs = new SignOffService(store, content, rounds, people);
    public final InterviewRecordServiceImpl records = new InterviewRecordServiceImpl(store, rounds, people, planned, content, signOffs,
            raised, attachments);
    public final LetterServiceImpl letters = new LetterServiceImpl(store, rounds, raised, attachments);
    public final DossierServiceImpl dossiers = new DossierServiceImpl(store, rounds, people, content, mandatory, raised);
    public final InterviewStatistics statistics = new InterviewStatistics(store, mandatory);

    public final Caller member = groupCaller("ivr-member", MEMBER, GROUP, UNIT);
    public final Caller member2 = groupCaller("ivr-member2", MEMBER2, GROUP, UNIT);
    public final Caller leader = groupCaller("ivr-leader", LEADER, GROUP, UNIT);
    public final Caller otherGroup = groupCaller("ivr-other", OTHER, OTHER_GROUP, OTHER_UNIT);
    public final Caller officeLeader = new Caller(9, "ivr-office-leader", "办领导", DIVISION, null, Set.of("office-leader"),
            ALL_PERMISSIONS, new DataScope(false, Set.of(DIVISION), null));

    public TestModule() {
        rounds.bindDirectory(directory);
        directory.rounds.put(ROUND, new RoundRef(ROUND, 1, 1, "十四届市委第一轮巡察", RoundType.REGULAR, Stage.FIELDWORK, DIVISION,
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), null));
        directory.groups.put(GROUP, new GroupRef(GROUP, ROUND, "第一巡察组", List.of(new GroupMember(LEADER, GroupRole.LEADER),
                new GroupMember(MEMBER, GroupRole.MEMBER), new GroupMember(MEMBER2, GroupRole.MEMBER)), Set.of(UNIT)));
        directory.groups.put(OTHER_GROUP, new GroupRef(OTHER_GROUP, ROUND, "第二巡察组", List.of(new GroupMember(OTHER, GroupRole.LEADER)),
                Set.of(OTHER_UNIT)));
        reference.units.put(UNIT, new Unit(UNIT, "EDU", "聊城市教育和体育局党组", DIVISION, null, null, null, null, true, 0L));
        reference.units.put(OTHER_UNIT, new Unit(OTHER_UNIT, "HEALTH", "聊城市卫生健康委员会党组", DIVISION, null, null, null, null, true, 0L));
        reference.person(TOP, "张明", UNIT, "党组书记、局长", Leadership.TOP_LEADER);
        reference.person(DEPUTY, "李华", UNIT, "党组成员、副局长", Leadership.LEADING_GROUP);
        reference.person(DEPUTY2, "王强", UNIT, "党组成员、副局长", Leadership.LEADING_GROUP);
        reference.person(MIDDLE, "陈静", UNIT, "财务科科长", Leadership.MIDDLE_MANAGER);
        for (long p : List.of(LEADER, MEMBER, MEMBER2, OTHER)) {
            reference.person(p, "组员" + p, 99, "巡察组成员", Leadership.STAFF);
        }
        for (Caller c : List.of(member, member2, leader, otherGroup, officeLeader)) {
            accounts.active.put(c.username(), c);
        }
    }

    static Caller groupCaller(String username, long personId, long groupId, long unitId) {
        return new Caller(personId, username, username, DIVISION, personId, Set.of("group-member"), ALL_PERMISSIONS,
                new DataScope(false, Set.of(DIVISION), new GroupScope(Set.of(ROUND), Set.of(groupId), Set.of(unitId))));
    }

    @Override
    public void close() throws Exception {
        sender.stop();
        db.close();
    }

    /** Every permission of the module: the tests choose callers by scope; grants are the descriptor's and the IT's. */
    static final Set<String> ALL_PERMISSIONS = Set.of("interview-records.template.read", "interview-records.template.write",
                "interview-records.plan.read", "interview-records.plan.write", "interview-records.record.read",
                "interview-records.record.write", "interview-records.letter.read", "interview-records.letter.write",
                "interview-records.dossier.read", "interview-records.statistics");

    /** Round planning's directory, in memory. */
    public static final class Directory implements RoundDirectory {
        public final Map<Long, RoundRef> rounds = new HashMap<>();
        public final Map<Long, GroupRef> groups = new HashMap<>();

        @Override
        public Optional<TermRef> term(long termId) {
            return Optional.empty();
        }

        @Override
        public Optional<RoundRef> round(long roundId) {
            return Optional.ofNullable(rounds.get(roundId));
        }

        @Override
        public List<RoundRef> roundsOfTerm(long termId) {
            return rounds.values().stream().filter(r -> r.termId() == termId).toList();
        }

        @Override
        public Optional<GroupRef> group(long groupId) {
            return Optional.ofNullable(groups.get(groupId));
        }

        @Override
        public List<GroupRef> groupsOfRound(long roundId) {
            return groups.values().stream().filter(g -> g.roundId() == roundId).toList();
        }

        @Override
        public Optional<GroupRef> groupForTarget(long roundId, long unitId) {
            return groups.values().stream().filter(g -> g.roundId() == roundId && g.targetUnitIds().contains(unitId)).findFirst();
        }
    }

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

    /** What one column of one row holds, as stored. */
    public String stored(String table, String column, long id) throws SQLException {
        try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery("select " + column + " from " + table
                + " where id = " + id)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Waits up to ten seconds for something done in the background. */
    public static void await(java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within 10 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The refusal the call ends in; fails when it is not refused. */
    public static ApiException refused(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("not refused");
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
            rounds.bindDirectory(directory);
        } else {
            rounds.unbindDirectory(directory);
        }
    }
}
