package org.xuncha.leadtransfer.internal;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.FINDING_IMPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_EXPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_FEEDBACK;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_TRANSFER;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_DECIDE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_REVIEW;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_SUBMIT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.STATISTICS_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.TAXONOMY_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.VISIT_WRITE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.xuncha.leadtransfer.internal.joint.CalendarService;
import org.xuncha.leadtransfer.internal.joint.ConsultationService;
import org.xuncha.leadtransfer.internal.joint.JointService;
import org.xuncha.leadtransfer.internal.lead.LeadFeedbackService;
import org.xuncha.leadtransfer.internal.lead.LeadInput;
import org.xuncha.leadtransfer.internal.lead.LeadRegistrationService;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.OverdueService;
import org.xuncha.leadtransfer.internal.lead.SurrenderService;
import org.xuncha.leadtransfer.internal.problem.ApprovalService;
import org.xuncha.leadtransfer.internal.problem.EvidenceService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.testkit.Configs;
import org.xuncha.testkit.InMemoryAttachments;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/**
 * The module's services wired as Declarative Services wires them, on a test database of the
 * module's own schema (on 2025-06-30, 10:00), with round planning and reference data in memory: a
 * city term with round 10 (groups 11 and 12), a county term with round 20 (group 21). Round
 * planning can be stopped and started again.
 */
public final class TestModule implements AutoCloseable {

    public static final LocalDate ROUND_START = LocalDate.of(2025, 3, 3);
    public static final long CITY_ROUND = 10;
    public static final long GROUP_1 = 11;
    public static final long GROUP_2 = 12;
    public static final long COUNTY_ROUND = 20;
    public static final long COUNTY_GROUP = 21;
    /** Targets of group 11. */
    public static final long UNIT_EDU = 100;
    public static final long UNIT_SCHOOL = 101;
    /** Target of group 12. */
    public static final long UNIT_HEALTH = 200;
    /** A county unit, target of group 21. */
    public static final long UNIT_COUNTY = 300;
    /** Group 11's leader and its non-resident deputy; a county cadre. */
    public static final long LEADER = 30;
    public static final long DEPUTY = 31;
    public static final long COUNTY_PERSON = 40;
    /** A unit and a cadre of another city, outside every caller's divisions here. */
    public static final long UNIT_ELSEWHERE = 900;
    public static final long PERSON_ELSEWHERE = 50;

    public final TestModuleStore db = store();
    public final Store store = new Store(db.emf(), db.stores());
    public final InMemoryRounds directory = new InMemoryRounds().term(1, TestCallers.CITY).term(2, TestCallers.COUNTY)
            .round(CITY_ROUND, 1, 1, ROUND_START, ROUND_START.plusDays(39)).round(COUNTY_ROUND, 2, 1, null, null)
            .group(GROUP_1, CITY_ROUND, "第一巡察组", List.of(new GroupMember(LEADER, GroupRole.LEADER), new GroupMember(DEPUTY,
                    GroupRole.NONRESIDENT_DEPUTY)), Set.of(UNIT_EDU, UNIT_SCHOOL))
            .group(GROUP_2, CITY_ROUND, "第二巡察组", List.of(), Set.of(UNIT_HEALTH))
            .group(COUNTY_GROUP, COUNTY_ROUND, "县第一巡察组", List.of(), Set.of(UNIT_COUNTY));
    public final Rounds rounds = Rounds.of(directory);
    public final InMemoryReferenceData referenceData = referenceData();
    public final References references = new References(referenceData);
    public final InMemoryAttachments attachments = new InMemoryAttachments();
    public final Settings settings = new Settings(Configs.defaults(Settings.Config.class));
    public final Taxonomy taxonomy = new Taxonomy(store);
    public final ProblemService problems = new ProblemService(store, taxonomy, rounds, attachments, settings);
    public final ApprovalService approvals = new ApprovalService(store, problems, taxonomy, rounds);
    public final EvidenceService evidence = new EvidenceService(store, attachments);
    public final LeadService leads = new LeadService(store);
    public final LeadRegistrationService registration = new LeadRegistrationService(store, taxonomy, rounds, references);
    public final LeadFeedbackService feedback = new LeadFeedbackService(store, settings);
    public final OverdueService overdue = new OverdueService(store, leads);
    public final SurrenderService surrenders = new SurrenderService(store, rounds, references);
    public final JointService joint = new JointService(store, rounds, problems, registration, references);
    public final CalendarService calendar = new CalendarService(store, rounds, references, settings);
    public final ConsultationService consultations = new ConsultationService(store, rounds, references);

    private static TestModuleStore store() {
        TestModuleStore db = TestModuleStore.open(Store.MODULE, "xuncha.lead-transfer", Store.CHANGELOG);
        db.testClock().set(LocalDateTime.of(2025, 6, 30, 10, 0));
        return db;
    }

    private static InMemoryReferenceData referenceData() {
        InMemoryReferenceData r = new InMemoryReferenceData();
        r.addUnit(UNIT_EDU, "市教育和体育局党组", TestCallers.CITY);
        r.addUnit(UNIT_SCHOOL, "第一中学党委", TestCallers.CITY);
        r.addUnit(UNIT_HEALTH, "市卫生健康委员会党组", TestCallers.CITY);
        r.addUnit(UNIT_COUNTY, "县教育局党组", TestCallers.COUNTY);
        r.addUnit(UNIT_ELSEWHERE, "外市单位", "371600");
        r.addPerson(LEADER, "张组长", UNIT_EDU);
        r.addPerson(DEPUTY, "孙副组长", UNIT_EDU);
        r.addPerson(COUNTY_PERSON, "县干部", UNIT_COUNTY);
        r.addPerson(PERSON_ELSEWHERE, "外市干部", UNIT_ELSEWHERE);
        return r;
    }

    /** Round planning is updated or removed: SCR clears the reference. */
    public void stopRoundPlanning() {
        rounds.directory = null;
    }

    public void startRoundPlanning() {
        rounds.directory = directory;
    }

    public LocalDate today() {
        return db.today();
    }

    // ------------------------------------------------------------------ callers

    /** The city office (office-staff) with every permission of the module. */
    public static Caller office() {
        return TestCallers.city(Roles.OFFICE_STAFF, PROBLEM_READ, PROBLEM_WRITE, PROBLEM_REVIEW, TAXONOMY_WRITE, LEAD_READ, LEAD_WRITE,
                LEAD_TRANSFER, LEAD_FEEDBACK, LEAD_EXPORT, SURRENDER_READ, SURRENDER_WRITE, STATISTICS_READ, JOINT_READ, JOINT_WRITE,
                FINDING_IMPORT, VISIT_WRITE, CONSULTATION_READ, CONSULTATION_WRITE);
    }

    /** The city office leader, who records the leading group's decisions too. */
    public static Caller officeLeader() {
        return TestCallers.city(Roles.OFFICE_LEADER, PROBLEM_READ, PROBLEM_WRITE, PROBLEM_SUBMIT, PROBLEM_REVIEW, PROBLEM_DECIDE, LEAD_READ,
                LEAD_WRITE, LEAD_TRANSFER);
    }

    /** A member of group 11 (round 10), working at its two units. */
    public static Caller member() {
        return TestCallers.groupMember(Roles.GROUP_MEMBER, Set.of(CITY_ROUND), Set.of(GROUP_1), Set.of(UNIT_EDU, UNIT_SCHOOL), PROBLEM_READ,
                PROBLEM_WRITE, LEAD_READ, LEAD_WRITE, CONSULTATION_READ, CONSULTATION_WRITE);
    }

    /** The leader of group 11. */
    public static Caller groupLeader() {
        return TestCallers.groupMember(Roles.GROUP_LEADER, Set.of(CITY_ROUND), Set.of(GROUP_1), Set.of(UNIT_EDU, UNIT_SCHOOL), PROBLEM_READ,
                PROBLEM_WRITE, PROBLEM_SUBMIT, LEAD_READ, LEAD_WRITE, CONSULTATION_READ, CONSULTATION_WRITE);
    }

    /** The city's discipline commission: receives leads. */
    public static Caller discipline() {
        return TestCallers.city(Roles.DISCIPLINE_COMMISSION, LEAD_READ, LEAD_FEEDBACK, SURRENDER_READ, SURRENDER_WRITE, VISIT_WRITE, JOINT_READ);
    }

    public static Caller countyOffice() {
        return TestCallers.county(Roles.OFFICE_STAFF, PROBLEM_READ, PROBLEM_WRITE, LEAD_READ, LEAD_WRITE, LEAD_TRANSFER, SURRENDER_READ,
                SURRENDER_WRITE, JOINT_READ, JOINT_WRITE, VISIT_WRITE, CONSULTATION_READ, CONSULTATION_WRITE, FINDING_IMPORT);
    }

    // ------------------------------------------------------------------ inputs

    public static ProblemService.ProblemInput problem(long round, long group, long unit, String description) {
        return new ProblemService.ProblemInput(round, group, unit, "FINANCE", description, false, false, null, null, null, null);
    }

    public static LeadInput lead(long round, long group, long unit, String person) {
        return new LeadInput(round, group, unit, person, "财务科科长", null, null, "FINANCE", "反映其虚列支出", false, null, null, null);
    }

    /** A lead of group 11 at the education bureau, registered by the office. */
    public long aLead() {
        return registration.create(office(), lead(CITY_ROUND, GROUP_1, UNIT_EDU, "周某")).id();
    }

    public long aProblem() {
        return problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "虚列支出48万元")).id();
    }

    @Override
    public void close() {
        db.close();
    }
}
