package org.xuncha.rectification.internal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.fields;
import static org.xuncha.testkit.Refusals.refusal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import javax.persistence.Column;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.Phase;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.TaskChange;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskService;
import org.xuncha.rectification.api.TaskStatus;

class TaskRulesTest {

    private static final LocalDate FEEDBACK = LocalDate.of(2025, 5, 15);
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    @Test
    void aTaskIsOverdueFromTheDayAfterItsDeadlineUntilItIsClosed() {
        assertThat(TaskRules.overdue(TaskStatus.OPEN, TODAY, TODAY)).isFalse();
        assertThat(TaskRules.overdue(TaskStatus.OPEN, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(TaskRules.overdue(TaskStatus.CLOSURE_REQUESTED, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(TaskRules.overdue(TaskStatus.CLOSED, TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void aDraftNeedsAProblemAndADeadlineNotBeforeFeedback() {
        assertThat(fields(() -> TaskRules.check(new TaskDraft(" ", null, null, null, null, null), FEEDBACK)))
                .containsExactly("problem", "deadline");
        assertThat(fieldCodes(() -> TaskRules.check(new TaskDraft("问题", null, null, null, FEEDBACK.minusDays(1), null), FEEDBACK)))
                .containsExactly("deadline:before_feedback");
        assertThat(fields(() -> TaskRules.check(new TaskDraft("问".repeat(TaskDraft.PROBLEM_MAX + 1), "措".repeat(TaskDraft.MEASURES_MAX + 1),
                "领".repeat(51), "人".repeat(TaskDraft.OWNER_MAX + 1), FEEDBACK, null), FEEDBACK)))
                .containsExactly("problem", "measures", "responsibleLeader", "owner");
        TaskRules.check(new TaskDraft("问".repeat(TaskDraft.PROBLEM_MAX), null, null, null, FEEDBACK, null), FEEDBACK);
    }

    @Test
    void thePhaseMovesForwardOnlyAndOnlyTheOfficeMovesTheDeadline() {
        TaskEntity t = task(Phase.CONTINUING, TaskStatus.OPEN);
        assertThat(fieldCodes(() -> TaskRules.check(new TaskChange(0L, null, null, null, TODAY, Phase.CONCENTRATED), t, false)))
                .containsExactly("deadline:office_only", "phase:backwards");
        TaskRules.check(new TaskChange(0L, null, null, null, TODAY, Phase.SUMMARY), t, true);
        TaskRules.check(new TaskChange(0L, "新措施", null, null, null, Phase.CONTINUING), t, false);
    }

    @Test
    void aClosedOrMeanwhileChangedTaskCannotBeChanged() {
        assertThat(refusal(() -> TaskRules.check(new TaskChange(0L, "x", null, null, null, null), task(Phase.SUMMARY, TaskStatus.CLOSED), true))
                .code()).isEqualTo("task_closed");
        assertThat(refusal(() -> TaskRules.check(new TaskChange(3L, "x", null, null, null, null), task(Phase.SUMMARY, TaskStatus.OPEN), true))
                .status()).isEqualTo(409);
        assertThat(fields(() -> TaskRules.check(new TaskChange(null, "x", null, null, null, null), task(Phase.SUMMARY, TaskStatus.OPEN), true)))
                .containsExactly("version");
    }

    @Test
    void progressNeedsTextAndAClosureRequestEvidenceNeitherInTheFuture() {
        assertThat(fields(() -> TaskRules.check(new ProgressDraft(TODAY.plusDays(1), null, null), false, TODAY))).containsExactly("text", "on");
        assertThat(fieldCodes(() -> TaskRules.check(new ProgressDraft(null, "已完成", " "), true, TODAY))).containsExactly("evidence:required");
        TaskRules.check(new ProgressDraft(null, "已完成", null), false, TODAY);
        TaskRules.check(new ProgressDraft(TODAY, "已完成", "整改报告（教党〔2025〕12号）"), true, TODAY);
    }

    @Test
    void sendingAClosureBackNeedsAReason() {
        assertThat(fields(() -> TaskRules.check(new ClosureDecision(null, null)))).containsExactly("approve");
        assertThat(fields(() -> TaskRules.check(new ClosureDecision(false, "  ")))).containsExactly("reason");
        assertThat(fields(() -> TaskRules.check(new ClosureDecision(false, "理".repeat(ClosureDecision.REASON_MAX + 1))))).containsExactly("reason");
        TaskRules.check(new ClosureDecision(true, null));
    }

    @Test
    void everySortableFieldHasAPath() {
        assertThat(TaskRules.SORT.keySet()).isEqualTo(TaskService.SORTABLE);
    }

    /** The limits the rules check, the entity's columns and the schema's columns are one number each. */
    @Test
    void theTextLimitsAreTheColumnsInTheEntityAndInTheSchema() throws Exception {
        Map<String, Integer> limits = Map.of("problem", TaskEntity.PROBLEM_STORED, "measures", TaskDraft.MEASURES_MAX, "owner", TaskDraft.OWNER_MAX,
                "responsibleLeader", 50, "returnReason", ClosureDecision.REASON_MAX);
        Map<String, String> schema = columns("xc_rectification_task");
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            Column column = TaskEntity.class.getDeclaredField(limit.getKey()).getAnnotation(Column.class);
            assertThat(column.length()).as(limit.getKey()).isEqualTo(limit.getValue());
            assertThat(schema.get(column.name())).as(limit.getKey()).isEqualTo("VARCHAR(" + limit.getValue() + ")");
        }
        Map<String, String> entries = columns("xc_rectification_task_entry");
        assertThat(entries.get("text")).isEqualTo("VARCHAR(" + ProgressDraft.TEXT_MAX + ")");
        assertThat(entries.get("evidence")).isEqualTo("VARCHAR(" + ProgressDraft.EVIDENCE_MAX + ")");
    }

    private static Map<String, String> columns(String table) throws Exception {
        try (InputStream in = TaskEntity.class.getClassLoader().getResourceAsStream("db/rectification/changelog.xml")) {
            NodeList columns = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("column");
            Map<String, String> types = new HashMap<>();
            for (int i = 0; i < columns.getLength(); i++) {
                Element c = (Element) columns.item(i);
                if (table.equals(((Element) c.getParentNode()).getAttribute("tableName"))) {
                    types.put(c.getAttribute("name"), c.getAttribute("type"));
                }
            }
            return types;
        }
    }

    private static TaskEntity task(Phase phase, TaskStatus status) {
        TaskEntity t = new TaskEntity();
        t.phase = phase;
        t.status = status;
        t.version = 0;
        return t;
    }
}
