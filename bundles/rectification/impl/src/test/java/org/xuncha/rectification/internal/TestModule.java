package org.xuncha.rectification.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.alert.AlertService;
import org.xuncha.rectification.internal.assignment.AssignmentServiceImpl;
import org.xuncha.rectification.internal.assignment.AssignmentUnits;
import org.xuncha.rectification.internal.handover.HandoverServiceImpl;
import org.xuncha.rectification.internal.handover.PendingHandovers;
import org.xuncha.rectification.internal.ledger.AllLedgersExport;
import org.xuncha.rectification.internal.ledger.LedgerExport;
import org.xuncha.rectification.internal.ledger.LedgerServiceImpl;
import org.xuncha.rectification.internal.letter.LetterService;
import org.xuncha.rectification.internal.review.JointReviewService;
import org.xuncha.rectification.internal.review.ReconciliationService;
import org.xuncha.rectification.internal.stats.StatisticsServiceImpl;
import org.xuncha.rectification.internal.task.EvidenceService;
import org.xuncha.rectification.internal.task.ReviewQueue;
import org.xuncha.rectification.internal.task.TaskServiceImpl;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.testkit.Configs;
import org.xuncha.testkit.InMemoryAttachments;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.RecordingSpreadsheets;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/**
 * The module's services wired as Declarative Services wires them, on a test database of the
 * module's own schema (on 2025-06-30, 10:00), with round planning and reference data in memory: a
 * city round 10 that gave feedback on 2025-05-15 (group 11 at units 100 and 101, group 12 at 200), a
 * city round 30 without feedback yet, a county round 20 with feedback (group 21 at unit 300).
 */
public final class TestModule implements AutoCloseable {

    public static final LocalDate FEEDBACK = LocalDate.of(2025, 5, 15);
    public static final long CITY_ROUND = 10;
    public static final long NO_FEEDBACK_ROUND = 30;
    public static final long COUNTY_ROUND = 20;
    public static final long GROUP_1 = 11;
    public static final long GROUP_2 = 12;
    public static final long UNIT_EDU = 100;
    public static final long UNIT_SCHOOL = 101;
    public static final long UNIT_HEALTH = 200;
    public static final long UNIT_COUNTY = 300;
    /** The contact of the education bureau (a cadre of unit 100) and the bureau's new top leader. */
    public static final long EDU_CONTACT = 40;
    public static final long EDU_NEW_LEADER = 41;
    public static final long HEALTH_PERSON = 42;

    public final TestModuleStore db = store();
    public final Store store = new Store(db.emf(), db.stores());
    public final InMemoryRounds directory = rounds();
    public final Rounds rounds = Rounds.of(directory);
    public final InMemoryReferenceData referenceData = referenceData();
    public final Access access = new Access(referenceData);
    public final Settings settings = new Settings(Configs.defaults(Settings.Config.class));
    public final RecordingSpreadsheets sheets = new RecordingSpreadsheets();
    public final LedgerServiceImpl ledgers = new LedgerServiceImpl(store, access, rounds, referenceData, settings,
            new LedgerExport(sheets));
    /** Lead transfer's approved problems, in memory: {@code problems.put(List.of(roundId, unitId), list)}. */
    public final Map<List<Long>, List<ApprovedProblem>> approvedProblems = new HashMap<>();
    public final TaskServiceImpl tasks = new TaskServiceImpl(store, access,
            Problems.of((caller, roundId, unitId) -> approvedProblems.getOrDefault(List.of(roundId, unitId), List.of())), settings);
    /** The platform's attachment store, in memory. */
    public final InMemoryAttachments attachments = new InMemoryAttachments();
    public final EvidenceService evidence = new EvidenceService(store, access, attachments);
    public final ReviewQueue reviews = new ReviewQueue(store, access, evidence);
    public final JointReviewService jointReviews = new JointReviewService(store, access);
    public final ReconciliationService reconciliations = new ReconciliationService(store, access, referenceData);
    public final LetterService letters = new LetterService(store, rounds);
    public final AssignmentServiceImpl assignments = new AssignmentServiceImpl(store, referenceData);
    public final AllLedgersExport allLedgers = new AllLedgersExport(store, access, sheets);
    public final AlertService alerts = new AlertService(store, settings);
    public final StatisticsServiceImpl statistics = new StatisticsServiceImpl(store, access, settings);
    public final AssignmentUnits assignmentUnits = new AssignmentUnits(store, access, referenceData);
    public final HandoverServiceImpl handovers = new HandoverServiceImpl(store, access, referenceData, rounds);
    public final PendingHandovers pendingHandovers = new PendingHandovers(store, access, referenceData);

    private static TestModuleStore store() {
        TestModuleStore db = TestModuleStore.open("rectification", Store.UNIT, Store.CHANGELOG);
        db.testClock().set(LocalDateTime.of(2025, 6, 30, 10, 0));
        return db;
    }

    private static InMemoryRounds rounds() {
        InMemoryRounds r = new InMemoryRounds().term(1, TestCallers.CITY).term(2, TestCallers.COUNTY);
        r.add(new RoundRef(CITY_ROUND, 1, 1, "十四届市委第一轮巡察", RoundType.REGULAR, Stage.RECTIFICATION, TestCallers.CITY,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 11), FEEDBACK));
        r.add(new RoundRef(NO_FEEDBACK_ROUND, 1, 2, "十四届市委第二轮巡察", RoundType.REGULAR, Stage.FIELDWORK, TestCallers.CITY,
                LocalDate.of(2025, 6, 1), null, null));
        r.add(new RoundRef(COUNTY_ROUND, 2, 1, "县委第一轮巡察", RoundType.REGULAR, Stage.RECTIFICATION, TestCallers.COUNTY,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 11), FEEDBACK));
        return r.group(GROUP_1, CITY_ROUND, "第一巡察组", List.of(), Set.of(UNIT_EDU, UNIT_SCHOOL))
                .group(GROUP_2, CITY_ROUND, "第二巡察组", List.of(), Set.of(UNIT_HEALTH))
                .group(21, COUNTY_ROUND, "县第一巡察组", List.of(), Set.of(UNIT_COUNTY))
                .group(31, NO_FEEDBACK_ROUND, "第二轮第一组", List.of(), Set.of(UNIT_EDU));
    }

    private static InMemoryReferenceData referenceData() {
        InMemoryReferenceData r = new InMemoryReferenceData();
        r.addDivision(TestCallers.CITY, "聊城市", null);
        r.addDivision(TestCallers.COUNTY, "东阿县", TestCallers.CITY);
        r.addUnit(UNIT_EDU, "市教育和体育局党组", TestCallers.CITY);
        r.addUnit(UNIT_SCHOOL, "第一中学党委", TestCallers.CITY);
        r.addUnit(UNIT_HEALTH, "市卫生健康委员会党组", TestCallers.CITY);
        r.addUnit(UNIT_COUNTY, "县教育局党组", TestCallers.COUNTY);
        r.add(new Person(EDU_CONTACT, "联络人", UNIT_EDU, "办公室主任", null, Person.Leadership.MIDDLE_MANAGER, TestCallers.CITY, true, 0L));
        r.add(new Person(EDU_NEW_LEADER, "李新任", UNIT_EDU, "党组书记、局长", null, Person.Leadership.TOP_LEADER, TestCallers.CITY, true, 0L));
        r.add(new Person(HEALTH_PERSON, "卫健干部", UNIT_HEALTH, "科员", null, Person.Leadership.STAFF, TestCallers.CITY, true, 0L));
        return r;
    }

    /** The city office: every permission of the module and reading reference data. */
    public static Caller cityOffice() {
        return TestCallers.city(Roles.OFFICE_STAFF, RectificationPermissions.READ, RectificationPermissions.MANAGE,
                RectificationPermissions.REPORT, RectificationPermissions.EXPORT, RectificationPermissions.REVIEW, InMemoryReferenceData.READ);
    }

    /** The city's discipline commission: reads and gives its joint review opinion. */
    public static Caller discipline() {
        return TestCallers.city(Roles.DISCIPLINE_COMMISSION, RectificationPermissions.READ, RectificationPermissions.REVIEW);
    }

    /** The city's organisation department. */
    public static Caller organisation() {
        return TestCallers.city(Roles.ORGANISATION_DEPT, RectificationPermissions.READ, RectificationPermissions.REVIEW);
    }

    public static Caller countyOffice() {
        return TestCallers.county(Roles.OFFICE_STAFF, RectificationPermissions.READ, RectificationPermissions.MANAGE,
                RectificationPermissions.REPORT, RectificationPermissions.EXPORT, InMemoryReferenceData.READ);
    }

    /** The inspected unit's contact, linked to a cadre of {@code personId}'s unit. */
    public static Caller unitContact(Long personId) {
        return new Caller(7, "contact" + personId, "联络人", TestCallers.CITY, personId, Set.of(Roles.INSPECTED_UNIT),
                Set.of(RectificationPermissions.READ, RectificationPermissions.REPORT), new DataScope(false, Set.of(TestCallers.CITY), null));
    }

    /** A member of group 12 (the health commission's group). */
    public static Caller group2Member() {
        return TestCallers.groupMember(Roles.GROUP_MEMBER, Set.of(CITY_ROUND), Set.of(GROUP_2), Set.of(UNIT_HEALTH),
                RectificationPermissions.READ);
    }

    @Override
    public void close() {
        db.close();
    }
}
