package org.xuncha.roundplanning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.GroupScope;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.ApprovalBody;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.avoidance.AvoidanceService;
import org.xuncha.roundplanning.internal.deadline.DeadlineService;
import org.xuncha.roundplanning.internal.deadline.RoundPlanningConfig;
import org.xuncha.roundplanning.internal.directory.Directory;
import org.xuncha.roundplanning.internal.group.GroupService;
import org.xuncha.roundplanning.internal.group.MemberChecks;
import org.xuncha.roundplanning.internal.group.Staffing;
import org.xuncha.roundplanning.internal.priority.PriorityService;
import org.xuncha.roundplanning.internal.round.PlanExport;
import org.xuncha.roundplanning.internal.round.PlanService;
import org.xuncha.roundplanning.internal.round.RoundService;
import org.xuncha.roundplanning.internal.round.StageService;
import org.xuncha.roundplanning.internal.target.TargetService;
import org.xuncha.roundplanning.internal.term.CoverageService;
import org.xuncha.roundplanning.internal.term.TermService;
import org.xuncha.testkit.Configs;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.RecordingSpreadsheets;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestEventAdmin;
import org.xuncha.testkit.TestModuleStore;

/**
 * The module's services wired as Declarative Services wires them, on a test database of the
 * module's own schema, with reference data of a city (聊城市) and one of its counties, and helpers
 * that plan rounds the way the office does.
 */
public final class Testbed implements AutoCloseable {

    public static final String CITY = TestCallers.CITY;
    public static final String COUNTY = TestCallers.COUNTY;
    /** A division of another city: outside every caller's scope here. */
    public static final String ELSEWHERE = "370100";
    /** Every permission of the module, stage moves and corrections included, and reading reference data as every office account may. */
    public static final String[] OFFICE_PERMISSIONS = java.util.stream.Stream.of(Arrays.stream(RoundPlanningPermissions.class.getFields())
            .filter(f -> f.getType() == String.class && !f.getName().equals("PREFIX")).map(f -> {
                try {
                    return (String) f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }), Arrays.stream(Stage.values()).map(RoundPlanningPermissions::stage), java.util.stream.Stream.of(InMemoryReferenceData.READ))
            .flatMap(x -> x).toArray(String[]::new);

    public final TestModuleStore db = TestModuleStore.open(RoundEvents.MODULE, "xuncha.roundplanning", Store.CHANGELOG);
    public final InMemoryReferenceData reference = new InMemoryReferenceData();
    /** Events sent synchronously (the scope changes). */
    public final TestEventAdmin events = new TestEventAdmin();

    public final Store store = new Store(db.emf(), db.stores());
    public final ReferenceLookup names = new ReferenceLookup(reference);
    /** Every sheet written, in order (the bytes of a workbook are the kit's marker, not a workbook). */
    public final RecordingSpreadsheets spreadsheets = new RecordingSpreadsheets();

    public final TermService terms = new TermService(store, names);
    public final CoverageService coverage = new CoverageService(store, reference, spreadsheets);
    public final PriorityService priorities = new PriorityService(store, names);
    public final PlanService plans = new PlanService(store);
    public final TargetService targets = new TargetService(store, plans, reference, names);
    public final DeadlineService deadlines;
    public final Staffing staffing;
    public final AvoidanceService avoidances = new AvoidanceService(store, names);
    /** The member checks of other modules: none until a test registers one. */
    public final MemberChecks memberChecks = new MemberChecks();
    public final GroupService groups;
    public final RoundService rounds;
    public final StageService stages;
    public final PlanExport planExport;
    public final Directory directory = new Directory(store);

    public final Caller office;
    public final Caller countyOffice;
    public final Unit edu;
    public final Unit school;
    public final Unit college;
    public final Unit firm;
    public final Unit countyUnit;
    public final Unit elsewhereUnit;
    public final Person leader;
    public final Person deputy;
    public final Person member;
    public final Person member2;
    public final Person countyPerson;
    public final Person elsewherePerson;

    public Testbed() {
        this(Map.of());
    }

    /** @param config settings of PID org.xuncha.roundplanning other than the defaults */
    public Testbed(Map<String, Object> config) {
        deadlines = new DeadlineService(store, targets, Configs.of(RoundPlanningConfig.class, config));
        staffing = new Staffing(deadlines, names);
        groups = new GroupService(store, plans, staffing, names, events, memberChecks);
        rounds = new RoundService(store, plans, targets, groups, staffing, deadlines);
        stages = new StageService(store, staffing);
        planExport = new PlanExport(store, rounds, spreadsheets);

        reference.addDivision(CITY, "聊城市", null);
        reference.addDivision(COUNTY, "东阿县", CITY);
        reference.addDivision(ELSEWHERE, "济南市", null);
        edu = reference.addUnit("LC-EDU", "聊城市教育和体育局党组", CITY, "党政机关", "社会民生", "教育系统");
        school = reference.addUnit("LC-EDU-1", "聊城第一中学党委", CITY, "事业单位", "社会民生", "教育系统");
        college = reference.addUnit("LC-EDU-2", "聊城职业技术学院党委", CITY, "事业单位", "社会民生", "教育系统");
        firm = reference.addUnit("LC-SOE-1", "聊城市交通发展集团党委", CITY, "国有企业", "经济发展", null);
        countyUnit = reference.addUnit("DE-001", "东阿县教育和体育局党组", COUNTY, "党政机关", "社会民生", "教育系统");
        elsewhereUnit = reference.addUnit("JN-001", "济南市某局党组", ELSEWHERE, "党政机关", "经济发展", null);
        Unit commission = reference.addUnit("LC-JW", "聊城市纪委监委机关", CITY, "党政机关", "政法", null);
        leader = reference.addPerson("张组长", commission.id(), "处长");
        deputy = reference.addPerson("孙副组长", commission.id(), "监督检查室主任");
        member = reference.addPerson("赵组员", commission.id(), "干部");
        member2 = reference.addPerson("钱组员", commission.id(), "干部");
        countyPerson = reference.addPerson("东阿干部", countyUnit.id(), "干部");
        elsewherePerson = reference.addPerson("济南干部", elsewhereUnit.id(), "干部");

        office = TestCallers.office("city-office", CITY, Set.of(CITY, COUNTY), null, OFFICE_PERMISSIONS);
        countyOffice = TestCallers.office("county-office", COUNTY, Set.of(COUNTY), null, OFFICE_PERMISSIONS);
    }

    public LocalDate today() {
        return db.testClock().today();
    }

    /** A group role of the city working in these rounds and groups, at these units (and reading reference data, as every group role may). */
    public Caller groupMember(long personId, Set<Long> rounds, Set<Long> groupIds, Set<Long> units, String... permissions) {
        return TestCallers.groupMember("member-" + personId, CITY, Set.of(CITY, COUNTY), personId, new GroupScope(rounds, groupIds, units),
                java.util.stream.Stream.concat(Arrays.stream(permissions), java.util.stream.Stream.of(InMemoryReferenceData.READ))
                        .toArray(String[]::new));
    }

    // ------------------------------------------------------------------ planning as the office does

    /** The city's term, from two years ago to three years ahead. */
    public Term cityTerm() {
        return terms.create(office, new Term(null, "中共聊城市第十四届委员会", CITY, today().minusYears(2), today().plusYears(3), null));
    }

    /** A regular round of the term, fieldwork from {@code start} for 40 days. */
    public Round round(long termId, LocalDate start) {
        return rounds.create(office, new Round.Draft(termId, null, null, RoundType.REGULAR, start, start.plusDays(39), null, null, null, null));
    }

    public Target.SelectionResult addTargets(long roundId, Unit... units) {
        return targets.add(office, roundId, new Target.Selection(Arrays.stream(units).map(Unit::id).toList(), null, null, null, null, null, null));
    }

    public Group group(long roundId, String name, List<GroupMember> members, Unit... units) {
        return groups.save(office, roundId, null, new Group.Draft(name, members, Set.copyOf(Arrays.stream(units).map(Unit::id).toList()), null));
    }

    public static GroupMember as(Person p, GroupRole role) {
        return new GroupMember(p.id(), role);
    }

    /** Approved by the leading group and the committee. */
    public void approve(long roundId) {
        plans.decide(office, roundId, new Approval.Request(ApprovalBody.LEADING_GROUP, true, null));
        plans.decide(office, roundId, new Approval.Request(ApprovalBody.COMMITTEE, true, null));
    }

    /**
     * A round of the term that has entered on {@code entry}: two education units in one group led by
     * {@link #leader}, approved, authorised.
     */
    public Round enteredRound(long termId, LocalDate entry) {
        Round r = round(termId, entry);
        addTargets(r.id(), edu, school);
        Group g = group(r.id(), "第一巡察组", List.of(as(leader, GroupRole.LEADER), as(member, GroupRole.MEMBER)), edu, school);
        approve(r.id());
        groups.authorise(office, r.id(), g.id(), new Group.Authorisation("聊巡授〔2026〕1号", entry, null));
        return stages.change(office, r.id(), new StageChange.Request(Stage.ENTRY, entry, null));
    }

    /** Moves the round forward stage by stage until it is in {@code stage}, each on the day given. */
    public Round advanceTo(long roundId, Stage stage, LocalDate day) {
        Round r = rounds.round(office, roundId).round();
        while (r.stage() != stage) {
            r = stages.change(office, roundId, new StageChange.Request(Stage.values()[r.stage().ordinal() + 1], day, null));
        }
        return r;
    }

    public static <T> List<T> list(Iterable<T> items) {
        List<T> result = new ArrayList<>();
        items.forEach(result::add);
        return result;
    }

    @Override
    public void close() {
        db.close();
    }
}
