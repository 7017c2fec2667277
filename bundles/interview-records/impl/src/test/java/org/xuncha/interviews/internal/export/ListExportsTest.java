package org.xuncha.interviews.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.interviews.internal.TestModule.DEPUTY;
import static org.xuncha.interviews.internal.TestModule.GROUP;
import static org.xuncha.interviews.internal.TestModule.LEADER;
import static org.xuncha.interviews.internal.TestModule.MEMBER;
import static org.xuncha.interviews.internal.TestModule.MEMBER2;
import static org.xuncha.interviews.internal.TestModule.ROUND;
import static org.xuncha.interviews.internal.TestModule.TOP;
import static org.xuncha.interviews.internal.TestModule.UNIT;
import static org.xuncha.interviews.internal.TestModule.interview;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.internal.TestModule;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.testkit.RecordingSpreadsheets;

/** The module's lists as spreadsheets: the page's rows under Chinese headers, in the caller's scope, never what was said; audited. */
class ListExportsTest {

    private final TestModule m = new TestModule();
    private final RecordingSpreadsheets sheets = new RecordingSpreadsheets();
    private final List<SpreadsheetService.Sheet> written = sheets.written;
    private final ListExports exports = new ListExports(m.store, sheets, m.records, m.letters, m.plans, m.templates);

    @AfterEach
    void close() throws Exception {
        m.close();
    }

    @Test
    void plansAndAPlansInterviewsAndRecordsAsTheirPagesInTheGroupsScope() {
        long outline = m.template("一把手谈话提纲");
        InterviewPlan plan = m.plan(interview(null, TOP, outline, List.of(LEADER, MEMBER), MEMBER2),
                interview(null, DEPUTY, m.template("领导班子成员谈话提纲"), List.of(LEADER, MEMBER), MEMBER2));
        m.record(plan.interviews().get(0), List.of(), List.of());
        PlanQuery unit = new PlanQuery(ROUND, GROUP, UNIT);

        ListExports.Workbook plans = exports.plans(m.member, unit);
        assertThat(plans.filename()).isEqualTo("谈话计划.xlsx");
        assertThat(written.get(0).header()).containsExactly("计划", "待谈", "已谈", "取消", "必谈内容", "制定人", "更新时间");
        assertThat(written.get(0).rows()).singleElement().satisfies(r -> assertThat(r.get(0)).isEqualTo("个别谈话安排"));

        assertThat(exports.plan(m.member2, plan.id()).filename()).isEqualTo("谈话计划-个别谈话安排.xlsx");
        assertThat(written.get(1).header()).startsWith("类别", "谈话对象");
        assertThat(written.get(1).rows()).extracting(r -> r.get(1)).containsExactly("张明", "李华");

        exports.records(m.member, unit);
        assertThat(written.get(2).header()).containsExactly("谈话对象", "类别", "谈话时间", "状态", "必谈内容", "待移交");
        assertThat(written.get(2).rows()).singleElement().satisfies(r -> assertThat(r.subList(0, 2)).containsExactly("张明", "一把手"));

        exports.records(m.otherGroup, PlanQuery.all());
        assertThat(written.get(3).rows()).as("another group sees none of them").isEmpty();
        exports.plans(m.otherGroup, PlanQuery.all());
        assertThat(written.get(4).rows()).isEmpty();
        assertThat(refusal(() -> exports.plan(m.otherGroup, plan.id())).code()).isEqualTo("out_of_scope");
        assertThat(m.db.audits()).filteredOn(a -> a.action() == AuditAction.EXPORT).hasSize(5);
    }

    @Test
    void lettersWithoutTheirContentAndTheTemplates() {
        m.letters.register(m.member, new LetterDraft(ROUND, GROUP, UNIT, LetterChannel.LETTER, LocalDate.of(2026, 11, 18), "某群众", "13800000000",
                "反映的具体内容", null, true));

        exports.letters(m.member, new PlanQuery(ROUND, GROUP, UNIT));
        assertThat(written.get(0).header()).containsExactly("编号", "渠道", "收到日期", "反映人", "涉及", "处置方式", "待移交");
        assertThat(written.get(0).rows()).singleElement().satisfies(r -> {
            assertThat(r.get(2)).isEqualTo(LocalDate.of(2026, 11, 18));
            assertThat(r).doesNotContain("反映的具体内容", "某群众", "13800000000");
        });
        exports.letters(m.otherGroup, PlanQuery.all());
        assertThat(written.get(1).rows()).isEmpty();

        assertThat(exports.templates(m.member).filename()).isEqualTo("谈话提纲模板.xlsx");
        assertThat(written.get(2).header()).containsExactly("模板名称", "适用对象", "提纲条数", "内置", "说明");
        assertThat(written.get(2).rows()).extracting(r -> r.get(0)).contains("一把手谈话提纲");
    }
}
