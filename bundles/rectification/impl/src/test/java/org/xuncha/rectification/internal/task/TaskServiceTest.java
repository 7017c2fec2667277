package org.xuncha.rectification.internal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.rectification.internal.TestModule.CITY_ROUND;
import static org.xuncha.rectification.internal.TestModule.EDU_CONTACT;
import static org.xuncha.rectification.internal.TestModule.HEALTH_PERSON;
import static org.xuncha.rectification.internal.TestModule.UNIT_EDU;
import static org.xuncha.rectification.internal.TestModule.UNIT_HEALTH;
import static org.xuncha.rectification.internal.TestModule.cityOffice;
import static org.xuncha.rectification.internal.TestModule.group2Member;
import static org.xuncha.rectification.internal.TestModule.unitContact;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;
import static org.xuncha.testkit.Refusals.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.Phase;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskChange;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.api.TaskQuery;
import org.xuncha.rectification.api.TaskService;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Problems;
import org.xuncha.rectification.internal.TestModule;
import org.xuncha.testkit.TestModuleStore;

class TaskServiceTest {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 7, 31);

    private final TestModule m = new TestModule();
    private final Caller office = cityOffice();
    private final Caller contact = unitContact(EDU_CONTACT);
    private final long ledger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_EDU, "王原任")).id();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void feedbackToClosureTheOfficeEntersTheUnitReportsTheOfficeSendsBackThenApproves() {
        Task t = m.tasks.add(office, ledger, new TaskDraft(" 落实意识形态工作责任制不到位 ", null, null, "办公室", DEADLINE, null));
        assertThat(t.problem()).isEqualTo("落实意识形态工作责任制不到位");
        assertThat(t.responsibleLeader()).as("the principal leader answers for what is not assigned").isEqualTo("王原任");
        assertThat(t.phase()).isEqualTo(Phase.CONCENTRATED);
        assertThat(t.status()).isEqualTo(TaskStatus.OPEN);

        Task planned = m.tasks.change(contact, t.id(), new TaskChange(t.version(), "修订意识形态工作责任制实施细则", null, "张三", null, Phase.CONTINUING));
        assertThat(planned.measures()).isEqualTo("修订意识形态工作责任制实施细则");
        assertThat(planned.owner()).isEqualTo("张三");
        assertThat(planned.phase()).isEqualTo(Phase.CONTINUING);

        m.tasks.report(contact, t.id(), new ProgressDraft(null, "已起草细则", null));
        Task asked = m.tasks.requestClosure(contact, t.id(), new ProgressDraft(null, "细则已印发", "教党〔2025〕12号"));
        assertThat(asked.status()).isEqualTo(TaskStatus.CLOSURE_REQUESTED);
        Task back = m.tasks.decideClosure(office, t.id(), new ClosureDecision(false, "佐证材料不全"));
        assertThat(back.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(back.returnReason()).isEqualTo("佐证材料不全");
        assertThat(m.db.events(RectificationEvents.TASK_CLOSED)).isEmpty();

        m.tasks.requestClosure(contact, t.id(), new ProgressDraft(null, "补充学习记录", "党组会议纪要"));
        Task closed = m.tasks.decideClosure(office, t.id(), new ClosureDecision(true, null));
        assertThat(closed.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(m.db.testClock().today());
        assertThat(closed.returnReason()).isNull();
        assertThat(m.db.events(RectificationEvents.TASK_CLOSED)).extracting(e -> e.properties().get(RectificationEvents.LEDGER_ID))
                .containsExactly(ledger);

        assertThat(m.tasks.history(contact, t.id())).extracting(TaskEntry::kind).containsExactly(TaskEntry.Kind.PROGRESS,
                TaskEntry.Kind.CLOSURE_REQUESTED, TaskEntry.Kind.CLOSURE_RETURNED, TaskEntry.Kind.CLOSURE_REQUESTED,
                TaskEntry.Kind.CLOSURE_APPROVED);
        assertThat(m.db.audits()).allSatisfy(a -> assertThat(a.inTransaction()).isTrue());
        assertThat(m.db.audits()).hasSize(8);
        assertThat(m.ledgers.ledger(office, ledger).closed()).isEqualTo(1);

        // closed is closed
        assertThat(refusal(() -> m.tasks.report(contact, t.id(), new ProgressDraft(null, "再报", null))).code()).isEqualTo("wrong_status");
        assertThat(refusal(() -> m.tasks.change(office, t.id(), new TaskChange(closed.version(), "x", null, null, null, null))).code())
                .isEqualTo("task_closed");
    }

    @Test
    void aRefusedDecisionLeavesTheTaskAsItWas() {
        Task t = m.tasks.add(office, ledger, new TaskDraft("问题", null, null, null, DEADLINE, null));
        m.tasks.requestClosure(contact, t.id(), new ProgressDraft(null, "已整改", "材料"));
        m.db.clearRecords();
        assertThat(fields(() -> m.tasks.decideClosure(office, t.id(), new ClosureDecision(false, null)))).containsExactly("reason");
        assertThat(m.tasks.task(office, t.id()).status()).isEqualTo(TaskStatus.CLOSURE_REQUESTED);
        assertThat(m.tasks.history(office, t.id())).hasSize(1);
        assertThat(m.db.audits()).isEmpty();
        assertThat(m.tasks.decideClosure(office, t.id(), new ClosureDecision(true, null)).status()).isEqualTo(TaskStatus.CLOSED);
    }

    @Test
    void theUnitCannotDecideMoveTheDeadlineOrTouchAnotherUnitsTasks() {
        Task t = m.tasks.add(office, ledger, new TaskDraft("问题", null, null, null, DEADLINE, null));
        long healthLedger = m.ledgers.open(office, new LedgerDraft(CITY_ROUND, UNIT_HEALTH, null)).id();
        Task other = m.tasks.add(office, healthLedger, new TaskDraft("卫健问题", null, null, null, DEADLINE, null));

        assertThat(status(() -> m.tasks.add(contact, ledger, new TaskDraft("自加", null, null, null, DEADLINE, null)))).isEqualTo(403);
        assertThat(fieldCodes(() -> m.tasks.change(contact, t.id(), new TaskChange(t.version(), null, null, null, DEADLINE.plusMonths(3), null))))
                .containsExactly("deadline:office_only");
        m.tasks.requestClosure(contact, t.id(), new ProgressDraft(null, "已整改", "材料"));
        assertThat(status(() -> m.tasks.decideClosure(contact, t.id(), new ClosureDecision(true, null)))).isEqualTo(403);

        assertThat(status(() -> m.tasks.task(contact, other.id()))).isEqualTo(403);
        assertThat(status(() -> m.tasks.report(contact, other.id(), new ProgressDraft(null, "越权", null)))).isEqualTo(403);
        assertThat(status(() -> m.tasks.tasks(contact, new TaskQuery(healthLedger, null, null, null, null, null), PageRequest.first(20))))
                .isEqualTo(403);
        assertThat(m.tasks.tasks(contact, null, PageRequest.first(20)).items()).extracting(Task::id).containsExactly(t.id());
        assertThat(m.tasks.tasks(unitContact(HEALTH_PERSON), null, PageRequest.first(20)).items()).extracting(Task::id).containsExactly(other.id());
        assertThat(m.tasks.tasks(group2Member(), null, PageRequest.first(20)).items()).extracting(Task::id).containsExactly(other.id());
        assertThat(status(() -> m.tasks.report(group2Member(), other.id(), new ProgressDraft(null, "组员", null)))).isEqualTo(403);
        assertThat(status(() -> m.tasks.task(office, 999_999))).isEqualTo(404);
        assertThat(status(() -> m.tasks.add(office, 999_999, new TaskDraft("问题", null, null, null, DEADLINE, null)))).isEqualTo(404);
    }

    @Test
    void aChangeOnAStaleVersionIsRefused() {
        Task t = m.tasks.add(office, ledger, new TaskDraft("问题", null, null, null, DEADLINE, null));
        m.tasks.change(office, t.id(), new TaskChange(t.version(), "措施一", null, null, null, null));
        assertThat(refusal(() -> m.tasks.change(contact, t.id(), new TaskChange(t.version(), "措施二", null, null, null, null))).code())
                .isEqualTo("stale");
        assertThat(m.tasks.task(office, t.id()).measures()).isEqualTo("措施一");
    }

    @Test
    void overdueTasksAreFlaggedAndFilteredUntilClosed() {
        Task due = m.tasks.add(office, ledger, new TaskDraft("到期", null, null, null, LocalDate.of(2025, 7, 1), null));
        Task later = m.tasks.add(office, ledger, new TaskDraft("未到期", null, null, null, LocalDate.of(2025, 9, 30), null));
        assertThat(overdue(true)).isEmpty();
        m.db.testClock().setToday(LocalDate.of(2025, 7, 2));
        assertThat(m.tasks.task(office, due.id()).overdue()).isTrue();
        assertThat(overdue(true)).containsExactly(due.id());
        assertThat(overdue(false)).containsExactly(later.id());
        assertThat(m.ledgers.figures(office, null).overdue()).isEqualTo(1);

        m.tasks.requestClosure(contact, due.id(), new ProgressDraft(null, "已整改", "材料"));
        m.tasks.decideClosure(office, due.id(), new ClosureDecision(true, null));
        assertThat(overdue(true)).isEmpty();
        assertThat(m.ledgers.figures(office, CITY_ROUND).closureRate()).isEqualTo(50.0);
    }

    @Test
    void theProblemIsStoredEncryptedAndOneOfTheLongestLengthFitsItsColumn() {
        Task t = m.tasks.add(office, ledger, new TaskDraft("问".repeat(TaskDraft.PROBLEM_MAX), null, null, null, DEADLINE, null));
        assertThat(m.db.stored("xc_rectification_task", "problem", t.id())).startsWith(TestModuleStore.BOUND_PREFIX).doesNotContain("问");
        assertThat(m.tasks.task(contact, t.id()).problem()).isEqualTo("问".repeat(TaskDraft.PROBLEM_MAX));
    }

    @Test
    void theProblemIsBoundToItsRowACopyInAnotherTaskFailsAndOneStoredUnboundStillReads() {
        Task a = m.tasks.add(office, ledger, new TaskDraft("甲问题", null, null, null, DEADLINE, null));
        Task b = m.tasks.add(office, ledger, new TaskDraft("乙问题", null, null, null, DEADLINE, null));
        String aCipher = m.db.stored("xc_rectification_task", "problem", a.id());
        m.db.database().execute("update xc_rectification_task set problem = '" + aCipher + "' where id = " + b.id());
        assertThat(refusal(() -> m.tasks.task(office, b.id())).code()).isEqualTo("integrity_error");

        @SuppressWarnings("deprecation")
        String legacy = m.db.encrypt("旧版本存储的问题");
        m.db.database().execute("update xc_rectification_task set problem = '" + legacy + "' where id = " + b.id());
        assertThat(m.tasks.task(office, b.id()).problem()).isEqualTo("旧版本存储的问题");
    }

    @Test
    void anApprovalThatFailsMidwayLeavesTheTaskAsItWas() {
        Task t = m.tasks.add(office, ledger, new TaskDraft("问题", null, null, null, DEADLINE, null));
        m.tasks.requestClosure(contact, t.id(), new ProgressDraft(null, "已整改", "材料"));
        long before = m.tasks.task(office, t.id()).version();
        m.db.clearRecords();
        // the database refuses the decision's history entry, after the task itself was changed in the transaction
        m.db.database().execute("alter table xc_rectification_task_entry add constraint ck_test_no_approval check (kind <> 'CLOSURE_APPROVED')");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.tasks.decideClosure(office, t.id(), new ClosureDecision(true, null)));
        Task after = m.tasks.task(office, t.id());
        assertThat(after.status()).isEqualTo(TaskStatus.CLOSURE_REQUESTED);
        assertThat(after.closedOn()).isNull();
        assertThat(after.version()).isEqualTo(before);
        assertThat(m.tasks.history(office, t.id())).extracting(TaskEntry::kind).containsExactly(TaskEntry.Kind.CLOSURE_REQUESTED);
        assertThat(m.db.audits()).isEmpty();
        assertThat(m.db.events(RectificationEvents.TASK_CLOSED)).isEmpty();
        m.db.database().execute("alter table xc_rectification_task_entry drop constraint ck_test_no_approval");
        assertThat(m.tasks.decideClosure(office, t.id(), new ClosureDecision(true, null)).status()).isEqualTo(TaskStatus.CLOSED);
    }

    @Test
    void theApprovedProblemsOfTheUnitBecomeTasksOnceDueWithTheReports() {
        m.approvedProblems.put(List.of(CITY_ROUND, UNIT_EDU), List.of(
                new ApprovedProblem(501, CITY_ROUND, TestModule.GROUP_1, UNIT_EDU, "POLITICAL", "意识形态工作责任制落实不到位", true, TestModule.FEEDBACK),
                new ApprovedProblem(502, CITY_ROUND, TestModule.GROUP_1, UNIT_EDU, "FINANCE", "虚列支出48万元", false, TestModule.FEEDBACK)));
        m.tasks.add(office, ledger, new TaskDraft("手工录入的问题", null, null, null, DEADLINE, null));
        List<Task> added = m.tasks.importApproved(office, ledger);
        assertThat(added).extracting(Task::sourceProblemId).containsExactly(501L, 502L);
        assertThat(added).extracting(Task::problem).containsExactly("意识形态工作责任制落实不到位", "虚列支出48万元");
        assertThat(added).allSatisfy(t -> {
            assertThat(t.deadline()).isEqualTo(LocalDate.of(2025, 7, 15));
            assertThat(t.responsibleLeader()).isEqualTo("王原任");
        });
        assertThat(m.tasks.importApproved(office, ledger)).as("taken once").isEmpty();
        assertThat(m.ledgers.ledger(office, ledger).tasks()).isEqualTo(3);

        assertThat(status(() -> m.tasks.importApproved(contact, ledger))).isEqualTo(403);
        TaskServiceImpl without = new TaskServiceImpl(m.store, m.access, Problems.of(null), m.settings);
        assertThat(refusal(() -> without.importApproved(office, ledger)).code()).isEqualTo("lead_transfer_unavailable");
    }

    private java.util.List<Long> overdue(boolean overdue) {
        return m.tasks.tasks(office, new TaskQuery(ledger, null, null, null, null, overdue), PageRequest.of(1, 50, "id", TaskService.SORTABLE, "id"))
                .items().stream().map(Task::id).toList();
    }
}
