package org.xuncha.rectification.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.countyOffice;
import static org.xuncha.rectification.internal.TestModule.discipline;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.rectification.internal.review.JointReviewRules.Party;
import org.xuncha.rectification.internal.review.JointReviewService.Draft;
import org.xuncha.rectification.internal.review.JointReviewService.Opinion;

/** The closure-review queue and the joint reviews as spreadsheets: the page's rows, Chinese headers, the caller's scope. */
class ListExportsTest {

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final ListExports exports = new ListExports(m.store, m.sheets, m.assignments, m.assignmentUnits, m.letters, m.reconciliations,
            m.statistics, m.handovers, m.reviews, m.jointReviews);
    private final long ledger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void theReviewQueueAsThePageShowsItInTheOfficesScope() {
        Task task = m.tasks.add(office, ledger, new TaskDraft("制度不健全", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.add(office, ledger, new TaskDraft("未申请销号的问题", null, null, null, LocalDate.of(2025, 7, 31), null));
        m.tasks.requestClosure(unitContact(EDU_CONTACT), task.id(), new ProgressDraft(null, "细则已印发", "见附件"));

        ListExports.Workbook w = exports.reviews(office, null, null);
        assertThat(w.filename()).isEqualTo("销号审核.xlsx");
        var sheet = m.sheets.written.get(0);
        assertThat(sheet.header()).containsExactly("问题", "申请日期", "整改情况", "佐证材料", "附件数");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).startsWith("制度不健全").contains("细则已印发", "见附件");
        assertThat(m.db.audits()).anySatisfy(a -> assertThat(a.action()).isEqualTo(AuditAction.EXPORT));

        exports.reviews(countyOffice(), null, null);
        assertThat(m.sheets.written.get(1).rows()).as("another office's scope").isEmpty();
        assertThat(status(() -> exports.reviews(discipline(), null, null))).as("no export permission").isEqualTo(403);
    }

    @Test
    void jointReviewsWithEachPartysOpinionAndTheConclusion() {
        long id = m.jointReviews.open(office, ledger, new Draft(LocalDate.of(2025, 6, 30))).id();
        m.jointReviews.opinion(discipline(), id, new Opinion(Party.DISCIPLINE, "未发现新的违纪问题"));

        ListExports.Workbook w = exports.jointReviews(office, null, CITY_ROUND, null);
        assertThat(w.filename()).isEqualTo("三方联审.xlsx");
        var sheet = m.sheets.written.get(0);
        assertThat(sheet.header()).containsExactly("联审日期", "纪委监委意见", "组织部意见", "巡察办意见", "联审结论", "结论说明");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).startsWith(LocalDate.of(2025, 6, 30), "未发现新的违纪问题").contains("未结论");

        exports.jointReviews(countyOffice(), null, null, null);
        assertThat(m.sheets.written.get(1).rows()).as("another office's scope").isEmpty();
        assertThat(status(() -> exports.jointReviews(discipline(), null, null, null))).as("no export permission").isEqualTo(403);
    }
}
