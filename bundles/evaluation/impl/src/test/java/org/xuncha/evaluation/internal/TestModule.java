package org.xuncha.evaluation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.internal.assessment.AssessmentServiceImpl;
import org.xuncha.evaluation.internal.quality.ComputedValues;
import org.xuncha.evaluation.internal.quality.Indicators;
import org.xuncha.evaluation.internal.quality.QualityServiceImpl;
import org.xuncha.evaluation.internal.talk.TalkServiceImpl;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.leadtransfer.api.ApprovedProblems;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.rectification.api.LedgerSummary;
import org.xuncha.rectification.api.RectificationStatistics;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.testkit.Configs;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/**
 * The module's services wired as Declarative Services wires them, on a test database of the
 * module's own schema, with round planning in memory: city term 1 with rounds 1, 2 and 3, each with
 * three groups (leaders 501, 502 and 503 lead the first, second and third group of every round); a
 * county round 9. Lead transfer's approved problems are a map the test fills (problem i of unit u: described
 * 单位u问题i, category C(i mod 2), the first concerning the top leader); interview records are
 * not installed; rectification is not installed until {@link #installRectification()}.
 */
public final class TestModule implements AutoCloseable {

    public static final long R1 = 1;
    public static final long R2 = 2;
    public static final long R3 = 3;
    public static final long COUNTY_ROUND = 9;
    public static final long LEADER_A = 501;
    public static final long LEADER_B = 502;
    public static final long LEADER_C = 503;

    public final TestModuleStore db = store();
    public final Store store = new Store(db.emf(), db.stores());
    public final InMemoryRounds directory = rounds();
    /** Approved problems per (round, unit). */
    public final Map<List<Long>, Integer> problems = new HashMap<>();
    public final Map<List<Long>, LedgerSummary> ledgers = new HashMap<>();
    public final Sources sources = Sources.of(directory, problems(), null, null);
    public final Settings settings;
    public final Indicators indicators = new Indicators(store);
    public final TalkServiceImpl talks;
    public final QualityServiceImpl quality;
    public final AssessmentServiceImpl assessments;
    public final EvaluationReportsImpl reports;

    public TestModule() {
        this(Map.of());
    }

    public TestModule(Map<String, Object> config) {
        settings = new Settings(Configs.of(Settings.Config.class, config));
        talks = new TalkServiceImpl(store, settings);
        quality = new QualityServiceImpl(store, sources, indicators, new ComputedValues(sources), talks);
        assessments = new AssessmentServiceImpl(store, sources, settings);
        reports = new EvaluationReportsImpl(quality, assessments);
    }

    /** Group id of group {@code n} (1 to 3) of round {@code round}. */
    public static long group(long round, int n) {
        return round * 10 + n;
    }

    /** Unit id inspected by group {@code n} of a round. */
    public static long unit(long round, int n) {
        return round * 100 + n;
    }

    private ApprovedProblems problems() {
        return (caller, roundId, unitId) -> {
            int n = problems.getOrDefault(List.of(roundId, unitId), 0);
            return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> new ApprovedProblem(unitId * 100 + i, roundId, 0, unitId,
                    "C" + (i % 2), "单位" + unitId + "问题" + i, i == 1, null)).toList();
        };
    }

    /** Installs rectification, answering from {@link #ledgers}. */
    public void installRectification() {
        sources.rectification = rectification();
    }

    private RectificationStatistics rectification() {
        return new RectificationStatistics() {
            @Override
            public List<LedgerSummary> summaries(Caller caller, Long roundId, Long unitId) {
                LedgerSummary l = ledgers.get(List.of(roundId, unitId));
                return l == null ? List.of() : List.of(l);
            }

            @Override
            public List<org.xuncha.rectification.api.Breakdown> breakdown(Caller caller, org.xuncha.rectification.api.Breakdown.By by, Long roundId) {
                return List.of();
            }
        };
    }

    private static TestModuleStore store() {
        TestModuleStore db = TestModuleStore.open("evaluation", Store.UNIT, Store.CHANGELOG);
        db.testClock().set(LocalDateTime.of(2025, 6, 30, 10, 0));
        return db;
    }

    private static InMemoryRounds rounds() {
        InMemoryRounds r = new InMemoryRounds().term(1, TestCallers.CITY).term(2, TestCallers.COUNTY);
        for (long round = R1; round <= R3; round++) {
            r.add(new RoundRef(round, 1, (int) round, "十四届市委第" + round + "轮巡察", RoundType.REGULAR, Stage.RECTIFICATION, TestCallers.CITY,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
            long[] leaders = {LEADER_A, LEADER_B, LEADER_C};
            for (int n = 1; n <= 3; n++) {
                r.group(group(round, n), round, "第" + n + "巡察组", List.of(new GroupMember(leaders[n - 1], GroupRole.LEADER),
                        new GroupMember(600 + n, GroupRole.MEMBER)), Set.of(unit(round, n)));
            }
        }
        r.add(new RoundRef(COUNTY_ROUND, 2, 1, "县委第一轮巡察", RoundType.REGULAR, Stage.RECTIFICATION, TestCallers.COUNTY,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
        return r.group(91, COUNTY_ROUND, "县第一巡察组", List.of(), Set.of(900L));
    }

    /** The city office: every permission of the module. */
    public static Caller cityOffice() {
        return TestCallers.city(Roles.OFFICE_STAFF, EvaluationPermissions.READ, EvaluationPermissions.SCORE, EvaluationPermissions.TALK,
                EvaluationPermissions.ASSESS, EvaluationPermissions.CONFIGURE);
    }

    public static Caller countyOffice() {
        return TestCallers.county(Roles.OFFICE_STAFF, EvaluationPermissions.READ, EvaluationPermissions.SCORE, EvaluationPermissions.TALK,
                EvaluationPermissions.ASSESS, EvaluationPermissions.CONFIGURE);
    }

    @Override
    public void close() {
        db.close();
    }
}
