package org.xuncha.leadtransfer.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.leadtransfer.internal.TestModule.CITY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.COUNTY_ROUND;
import static org.xuncha.leadtransfer.internal.TestModule.GROUP_1;
import static org.xuncha.leadtransfer.internal.TestModule.LEADER;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_EDU;
import static org.xuncha.leadtransfer.internal.TestModule.UNIT_SCHOOL;
import static org.xuncha.leadtransfer.internal.TestModule.groupLeader;
import static org.xuncha.leadtransfer.internal.TestModule.office;
import static org.xuncha.leadtransfer.internal.TestModule.problem;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.TestModule;
import org.xuncha.leadtransfer.internal.joint.AttendeeRole;
import org.xuncha.leadtransfer.internal.joint.ConsultationService;
import org.xuncha.leadtransfer.internal.joint.JointService;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.testkit.RecordingSpreadsheets;
import org.xuncha.testkit.TestCallers;

/** The problems, joint operations and consultations lists as exported: the rows the page shows, Chinese headers and name, the caller's scope. */
class ListExportsTest {

    final TestModule m = new TestModule();
    final RecordingSpreadsheets sheets = new RecordingSpreadsheets();
    final ListExports exports = new ListExports(m.store, sheets, m.rounds, m.references, m.taxonomy, m.problems, m.joint, m.consultations);

    /** The county office, allowed to export, sees none of the city's records. */
    static Caller countyExporter() {
        return TestCallers.county(Roles.OFFICE_STAFF, LeadTransferPermissions.PROBLEM_READ, LeadTransferPermissions.JOINT_READ,
                LeadTransferPermissions.CONSULTATION_READ, LeadTransferPermissions.LEAD_EXPORT);
    }

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    SpreadsheetService.Sheet last() {
        return sheets.last();
    }

    String roundName() {
        return m.directory.round(CITY_ROUND).orElseThrow().name();
    }

    @Test
    void problemsAsTheListShowsThemWithItsFilters() {
        m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_EDU, "虚列支出48万元"));
        m.problems.create(office(), problem(CITY_ROUND, GROUP_1, UNIT_SCHOOL, "违规发放津贴"));

        ListExports.Workbook w = exports.problems(office(), new ProblemService.ProblemQuery(null, null, null, null, null, null, null, null), null);
        assertThat(w.filename()).isEqualTo("问题底稿.xlsx");
        assertThat(last().header()).containsExactly("编号", "巡察轮次", "巡察组", "被巡察单位", "问题描述", "问题类别", "涉及一把手", "状态", "发现日期");
        assertThat(last().rows()).extracting(r -> r.get(4)).as("newest first, as the list").containsExactly("违规发放津贴", "虚列支出48万元");
        assertThat(last().rows().get(1)).containsSubsequence(roundName(), "第一巡察组", "市教育和体育局党组", "虚列支出48万元",
                "财经纪律和“三资”管理", "否", ProblemStatus.DRAFT.nameZh());

        exports.problems(office(), new ProblemService.ProblemQuery(null, null, null, UNIT_SCHOOL, null, null, null, null), null);
        assertThat(last().rows()).extracting(r -> r.get(4)).as("the page's unit filter").containsExactly("违规发放津贴");
        exports.problems(countyExporter(), new ProblemService.ProblemQuery(null, null, null, null, null, null, null, null), null);
        assertThat(last().rows()).as("out of the county's scope").isEmpty();
        assertThat(refusal(() -> exports.problems(groupLeader(), new ProblemService.ProblemQuery(null, null, null, null, null, null, null,
                null), null)).status()).as("the module's export permission").isEqualTo(403);
    }

    @Test
    void jointOperationsAndConsultationsNamedInChinese() {
        m.joint.create(office(), new JointService.JointInput("巡纪审联动（市教育系统）", CITY_ROUND, "专项监督", "经济责任审计", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 6, 30), null, null));
        ListExports.Workbook j = exports.jointOperations(office(), null, null);
        assertThat(j.filename()).isEqualTo("巡纪审联动.xlsx");
        assertThat(last().header()).startsWith("联动名称", "巡察轮次", "纪检监察项目", "审计项目");
        assertThat(last().rows()).hasSize(1);
        assertThat(last().rows().get(0)).startsWith("巡纪审联动（市教育系统）", roundName(), "专项监督", "经济责任审计");
        exports.jointOperations(countyExporter(), null, null);
        assertThat(last().rows()).as("out of the county's scope").isEmpty();

        m.consultations.create(groupLeader(), new ConsultationService.ConsultationInput(CITY_ROUND, GROUP_1, "研判重点线索", m.today(), "建议移交",
                List.of(new ConsultationService.AttendeeInput(LEADER, null, null, AttendeeRole.GROUP)), null, null, null));
        ListExports.Workbook c = exports.consultations(office(), CITY_ROUND);
        assertThat(c.filename()).isEqualTo("会商研判-" + roundName() + ".xlsx");
        assertThat(last().header()).startsWith("会商日期", "会商议题", "巡察组", "参会人员", "研判结论");
        assertThat(last().rows()).hasSize(1);
        assertThat(last().rows().get(0)).startsWith(m.today(), "研判重点线索", "第一巡察组");
        assertThat((String) last().rows().get(0).get(3)).startsWith("张组长（" + AttendeeRole.GROUP.nameZh() + "）");
        exports.consultations(countyExporter(), CITY_ROUND);
        assertThat(last().rows()).as("another division's round: none of its consultations").isEmpty();
        assertThat(exports.consultations(countyExporter(), COUNTY_ROUND).filename()).startsWith("会商研判-");
    }
}
