package org.xuncha.leadtransfer.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.leadtransfer.internal.history.LeadTransferHistory.Kind;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.LeadView;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.problem.ApprovalService;
import org.xuncha.leadtransfer.internal.problem.ApprovalStep;
import org.xuncha.leadtransfer.internal.problem.Decision;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.testkit.TestCallers;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.*;

/**
 * A term's past problems and leads from CSV files: every problem named at its row (the screens' rules
 * included) and nothing written, then the corrected file written with its real days; and approval
 * steps dated in the past through the service, under the history permission only.
 */
class LeadTransferHistoryTest {

    private static final String PROBLEMS = String.join(",", ProblemRows.COLUMNS);
    private static final String LEADS = String.join(",", LeadRows.COLUMNS);
    private static final SpreadsheetService NO_XLSX = new SpreadsheetService() {
        @Override
        public List<List<String>> readFirstSheet(java.io.InputStream xlsx) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] write(List<Sheet> sheets) {
            throw new UnsupportedOperationException();
        }
    };

    private final TestModule m = new TestModule();
    private final LeadTransferHistory history = new LeadTransferHistory(m.store, m.rounds, m.references, m.taxonomy, m.approvals, m.settings,
            NO_XLSX);

    @AfterEach
    void close() {
        m.close();
    }

    /** The city office leader, who imports the past. */
    static Caller importer() {
        return TestCallers.city(Roles.OFFICE_LEADER, HISTORY_IMPORT, PROBLEM_READ, PROBLEM_SUBMIT, PROBLEM_REVIEW, PROBLEM_DECIDE, LEAD_READ);
    }

    @Test
    void pastProblemsAreCheckedWholeThenImportedApprovedOnTheirDays() {
        List<String> lines = new ArrayList<>(List.of(PROBLEMS,
                "1,第一巡察组,U100,RESPONSIBILITY,落实主体责任不到位,否,否,巡察发现,2025-03-20,2025-05-06",
                "1,第二巡察组,U200,政治建设（贯彻落实党中央决策部署）,决策部署落实不力,是,否,个别谈话,2025-03-21,2025-05-06",
                // broken: a unit group 11 does not inspect, a category nobody knows, approved before found
                "1,第一巡察组,U200,NO_SUCH,违规发放津贴,否,否,,2025-04-01,2025-03-01"));
        Map<Integer, List<String>> errors = errorsByRow(run(Kind.PROBLEMS, lines));
        assertThat(errors).containsExactly(Map.entry(4, List.of("问题类别 invalid", "审定日期 out_of_range", "被巡察单位编码 invalid")));
        assertThat(problemCount()).isZero();

        lines.set(3, "1,第一巡察组,U101,RESPONSIBILITY,违规发放津贴,否,是,,2025-04-01,2025-05-06");
        LeadTransferHistory.Report report = run(Kind.PROBLEMS, lines);
        assertThat(report.errors()).isEmpty();
        assertThat(report.problemIds()).hasSize(3);
        assertThat(problemCount()).isEqualTo(3);
        ProblemService.ProblemView second = m.problems.get(importer(), report.problemIds().get(1));
        assertThat(second.category()).isEqualTo("POLITICAL");
        assertThat(second.topLeader()).isTrue();
        assertThat(second.status()).isEqualTo(ProblemStatus.APPROVED);
        assertThat(second.foundOn()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(second.approvedOn()).isEqualTo(LocalDate.of(2025, 5, 6));
        assertThat(second.approvals()).extracting(ApprovalService.ApprovalView::step).containsExactly(ApprovalStep.values());
        assertThat(second.approvals()).allSatisfy(a -> {
            assertThat(a.actedAt().toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 6));
            assertThat(a.opinion()).isEqualTo("历史数据导入");
        });
    }

    /** Issue 22: the findings a past 巡纪审联动 brought in come with their source and their own days, and the operation counts them. */
    @Test
    void aPastJointOperationsFindingsComeInWithTheirSourceAndDays() {
        LeadTransferHistory.Report report = run(Kind.PROBLEMS, List.of(PROBLEMS,
                "1,第一巡察组,U100,RESPONSIBILITY,虚列支出,否,否,审计移送,2025-03-25,2025-05-06",
                "1,第一巡察组,U101,RESPONSIBILITY,违规决策,否,否,纪委监委移送,2025-03-28,2025-05-06",
                "1,第一巡察组,U101,RESPONSIBILITY,落实主体责任不到位,否,否,巡察发现,2025-03-20,2025-05-06"));
        assertThat(report.errors()).isEmpty();
        ProblemService.ProblemView audit = m.problems.get(importer(), report.problemIds().get(0));
        assertThat(audit.source()).isEqualTo(org.xuncha.leadtransfer.api.Source.AUDIT);
        assertThat(audit.foundOn()).isEqualTo(LocalDate.of(2025, 3, 25));
        long operation = m.joint.create(TestModule.office(), new org.xuncha.leadtransfer.internal.joint.JointService.JointInput("巡纪审联动",
                TestModule.CITY_ROUND, "专项监督", "经济责任审计", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30), null, null)).id();
        var figures = m.joint.get(TestModule.office(), operation).figures();
        assertThat(figures.problemsBroughtIn()).isEqualTo(2);
        assertThat(figures.problemsFound()).isEqualTo(3);
    }

    @Test
    void pastLeadsGoThroughTheLifecycleRulesAndKeepTheirDays() {
        String lead1 = "L1,1,第一巡察组,U100,周某,财务科科长,正科级,,反映其虚列支出,是,信访举报,纪委监委,,聊巡移〔2025〕1号,2025-04-20,2025-04-21,"
                + "立案审查调查,2025-05-10,,2025-06-20,";
        List<String> lines = new ArrayList<>(List.of(LEADS,
                lead1 + "党纪处分,严重警告,1,2025-06-01,",
                "L1,,,,,,,,,,,,,,,,,,,,政务处分,记大过,1,2025-06-01,",
                // broken: a Party sanction without its grade, decided before the transfer
                "L1,,,,,,,,,,,,,,,,,,,,党纪处分,,1,2025-04-01,",
                "L2,1,第二巡察组,U200,吴某,副院长,,,反映其履职不力,否,,组织部,,聊巡移〔2025〕2号,2025-04-20,2025-04-22,予以了结,2025-05-02,经核实予以了结,,,,,,"));
        Map<Integer, List<String>> errors = errorsByRow(run(Kind.LEADS, lines));
        assertThat(errors).containsExactly(Map.entry(4, List.of("处分种类 required")));
        assertThat(m.leads.list(importer(), org.xuncha.leadtransfer.internal.lead.LeadQuery.all(), PageRequest.first(1)).total()).isZero();

        assertThat(m.db.audits()).noneMatch(a -> a.action() == org.xuncha.platform.api.security.AuditAction.IMPORT);
        lines.set(3, "L1,,,,,,,,,,,,,,,,,,,,党纪处分,警告,2,2025-06-05,");
        LeadTransferHistory.Report report = run(Kind.LEADS, lines);
        assertThat(report.errors()).isEmpty();
        assertThat(report.leadIds()).hasSize(2);
        assertThat(report.outcomes()).isEqualTo(3);
        assertThat(m.db.events()).as("the past announces nothing").isEmpty();
        // one audit record for the whole import, none per lead (the importer's reads of them below are audited on their own)
        assertThat(m.db.audits()).filteredOn(a -> a.action() == org.xuncha.platform.api.security.AuditAction.IMPORT).singleElement()
                .satisfies(a -> assertThat(a.summary()).contains("2条", "处理结果3项"));
        assertThat(m.db.audits()).noneMatch(a -> a.action() == org.xuncha.platform.api.security.AuditAction.CREATE
                || a.action() == org.xuncha.platform.api.security.AuditAction.TRANSITION);
        LeadView first = m.leads.get(importer(), report.leadIds().get(0));
        assertThat(first.status()).isEqualTo(LeadStatus.CONCLUDED);
        assertThat(first.transferredOn()).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(first.feedbackDue()).isEqualTo(LocalDate.of(2025, 7, 20));
        assertThat(first.acknowledgedOn()).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(first.firstFeedbackOn()).isEqualTo(LocalDate.of(2025, 5, 10));
        assertThat(first.concludedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
        assertThat(first.personName()).isEqualTo("周某");
        assertThat(first.disposals()).extracting(LeadView.Disposal::method).containsExactly(DisposalMethod.CASE_INVESTIGATION);
        assertThat(first.outcomes()).extracting(LeadView.Outcome::kind, LeadView.Outcome::people).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutcomeKind.PARTY_SANCTION, 1), org.assertj.core.groups.Tuple.tuple(OutcomeKind.GOVERNMENT_SANCTION, 1),
                org.assertj.core.groups.Tuple.tuple(OutcomeKind.PARTY_SANCTION, 2));
        LeadView second = m.leads.get(importer(), report.leadIds().get(1));
        assertThat(second.status()).isEqualTo(LeadStatus.CONCLUDED);
        assertThat(second.concludedOn()).isEqualTo(LocalDate.of(2025, 5, 2));
    }

    @Test
    void aStepLeftOutBeforeALaterOneIsNamedAndTheImportNeedsItsPermission() {
        List<String> lines = List.of(LEADS,
                "L1,1,第一巡察组,U100,周某,,,,,,,纪委监委,,聊巡移〔2025〕1号,2025-04-20,,立案审查调查,2025-05-10,,,,,,,");
        assertThat(errorsByRow(run(Kind.LEADS, lines))).containsExactly(Map.entry(2, List.of("处置方式 not_acknowledged")));
        assertThatThrownBy(() -> history.run(TestModule.officeLeader(), 1, Kind.LEADS, csv(lines), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> history.run(importer(), 1, Kind.LEADS, csv(List.of("姓名,日期", "周某,2025-01-01")), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("bad_template"));
    }

    @Test
    void approvalStepsTakeAPastDayUnderTheHistoryPermissionOnly() {
        long id = m.problems.create(m.office(), new ProblemService.ProblemInput(TestModule.CITY_ROUND, TestModule.GROUP_1, TestModule.UNIT_EDU,
                "FINANCE", "虚列支出48万元", false, false, LocalDate.of(2025, 4, 1), null, null, null)).id();
        LocalDate signed = LocalDate.of(2025, 4, 10);
        assertThatThrownBy(() -> m.approvals.submit(TestModule.groupLeader(), id, null, signed))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(fields(() -> m.approvals.submit(importer(), id, null, LocalDate.of(2025, 3, 31)))).containsExactly("date");
        assertThat(fields(() -> m.approvals.submit(importer(), id, null, m.today().plusDays(1)))).containsExactly("date");
        m.approvals.submit(importer(), id, null, signed);
        assertThat(fields(() -> m.approvals.decide(importer(), id, ApprovalStep.OFFICE,
                new ApprovalService.DecisionInput(Decision.APPROVE, null, signed.minusDays(1))))).containsExactly("date");
        m.approvals.decide(importer(), id, ApprovalStep.OFFICE, new ApprovalService.DecisionInput(Decision.APPROVE, null, signed.plusDays(5)));
        ProblemService.ProblemView v = m.approvals.decide(importer(), id, ApprovalStep.LEADING_GROUP,
                new ApprovalService.DecisionInput(Decision.APPROVE, null, signed.plusDays(20)));
        assertThat(v.approvedOn()).isEqualTo(signed.plusDays(20));
        assertThat(m.problems.get(importer(), id).approvals()).extracting(a -> a.actedAt().toLocalDate())
                .containsExactly(signed, signed.plusDays(5), signed.plusDays(20));
    }

    private long problemCount() {
        return m.problems.list(importer(), new ProblemService.ProblemQuery(null, null, null, null, null, null, null, null), PageRequest.first(1))
                .total();
    }

    private LeadTransferHistory.Report run(Kind kind, List<String> lines) {
        return history.run(importer(), 1, kind, csv(lines), null);
    }

    private static ByteArrayInputStream csv(List<String> lines) {
        return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Integer, List<String>> errorsByRow(LeadTransferHistory.Report report) {
        Map<Integer, List<String>> m = new LinkedHashMap<>();
        report.errors().forEach(e -> m.put(e.row(), e.fields().stream().map(f -> f.field() + " " + f.code()).toList()));
        return m;
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (ApiException e) {
            return e.fields().stream().map(f -> f.field()).toList();
        }
        throw new AssertionError("no refusal");
    }
}
