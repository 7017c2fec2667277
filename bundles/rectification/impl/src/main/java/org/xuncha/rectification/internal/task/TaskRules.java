package org.xuncha.rectification.internal.task;

import java.time.LocalDate;
import java.util.Map;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.Phase;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.TaskChange;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskStatus;

/** The pure rules of tasks: drafts, changes, phases, closure. Tested without OSGi. */
public final class TaskRules {

    static final Map<String, String> SORT = Map.of("id", "t.id", "deadline", "t.deadline", "status", "t.status");

    private TaskRules() {
    }

    /** Open (not closed) after its deadline. The deadline day itself is still in time. */
    public static boolean overdue(TaskStatus status, LocalDate deadline, LocalDate today) {
        return status != TaskStatus.CLOSED && deadline != null && deadline.isBefore(today);
    }

    static void check(TaskDraft draft, LocalDate feedback) {
        requireBody(draft);
        new Checks().required("problem", trim(draft.problem()), "问题", "problem")
                .maxLength("problem", trim(draft.problem()), TaskDraft.PROBLEM_MAX, "问题", "problem")
                .maxLength("measures", trim(draft.measures()), TaskDraft.MEASURES_MAX, "整改措施", "measures")
                .maxLength("responsibleLeader", trim(draft.responsibleLeader()), LedgerDraft.NAME_MAX, "责任领导", "responsible leader")
                .maxLength("owner", trim(draft.owner()), TaskDraft.OWNER_MAX, "责任人", "owner")
                .required("deadline", draft.deadline(), "整改时限", "deadline")
                .check(draft.deadline() != null && draft.deadline().isBefore(feedback), "deadline", "before_feedback",
                        "整改时限不能早于巡察反馈日期 " + feedback, "the deadline cannot be before feedback on " + feedback)
                .throwIfInvalid();
    }

    /** A new deadline: not before feedback. */
    static void checkDeadline(LocalDate deadline, LocalDate feedback) {
        new Checks().check(deadline != null && deadline.isBefore(feedback), "deadline", "before_feedback",
                "整改时限不能早于巡察反馈日期 " + feedback, "the deadline cannot be before feedback on " + feedback).throwIfInvalid();
    }

    /**
     * A change: the fields' limits, the version, the deadline for the office only, the phase forward only.
     *
     * @param office whether the caller may move the deadline
     */
    static void check(TaskChange change, TaskEntity task, boolean office) {
        requireBody(change);
        new Checks().required("version", change.version(), "版本", "version")
                .maxLength("measures", trim(change.measures()), TaskDraft.MEASURES_MAX, "整改措施", "measures")
                .maxLength("responsibleLeader", trim(change.responsibleLeader()), LedgerDraft.NAME_MAX, "责任领导", "responsible leader")
                .maxLength("owner", trim(change.owner()), TaskDraft.OWNER_MAX, "责任人", "owner")
                .check(change.deadline() != null && !office, "deadline", "office_only", "只有巡察办可以调整整改时限",
                        "only the inspection office may move the deadline")
                .check(change.phase() != null && change.phase().ordinal() < task.phase.ordinal(), "phase", "backwards",
                        "整改阶段只能向前推进（当前：" + task.phase.nameZh() + "）", "the phase moves forward only (now: " + task.phase.nameEn() + ")")
                .throwIfInvalid();
        if (task.status == TaskStatus.CLOSED) {
            throw ApiException.conflict("task_closed", "该整改任务已销号，不能再修改", "The task is closed and cannot be changed");
        }
        if (change.version() != task.version) {
            throw ApiException.conflict("stale", "该整改任务已被他人修改，请刷新后重试", "The task was changed meanwhile; reload and try again");
        }
    }

    /** A progress report or closure request: its day defaults to today, never in the future. */
    static void check(ProgressDraft progress, boolean closure, LocalDate today) {
        requireBody(progress);
        new Checks().required("text", trim(progress.text()), "进展情况", "text")
                .maxLength("text", trim(progress.text()), ProgressDraft.TEXT_MAX, "进展情况", "text")
                .maxLength("evidence", trim(progress.evidence()), ProgressDraft.EVIDENCE_MAX, "佐证材料", "evidence")
                .check(closure && trim(progress.evidence()) == null, "evidence", "required", "申请销号须提供佐证材料",
                        "a closure request needs evidence")
                .check(progress.on() != null && progress.on().isAfter(today), "on", "future", "日期不能晚于今天", "the day cannot be in the future")
                .throwIfInvalid();
    }

    static void check(ClosureDecision decision) {
        requireBody(decision);
        new Checks().required("approve", decision.approve(), "审核结论", "decision")
                .check(Boolean.FALSE.equals(decision.approve()) && trim(decision.reason()) == null, "reason", "required",
                        "退回销号申请须说明理由", "sending a closure back needs a reason")
                .maxLength("reason", trim(decision.reason()), ClosureDecision.REASON_MAX, "退回理由", "reason")
                .throwIfInvalid();
    }

    /** What a task must be in for each step: 409 otherwise. */
    static void requireStatus(TaskEntity task, TaskStatus expected, String whatZh, String whatEn) {
        if (task.status != expected) {
            throw ApiException.conflict("wrong_status", "该整改任务当前为“" + task.status.nameZh() + "”，不能" + whatZh,
                    "The task is " + task.status.nameEn().toLowerCase() + "; cannot " + whatEn);
        }
    }

    static <T> void requireBody(T body) {
        if (body == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
    }

    /** Text as stored: trimmed; blank is absent. */
    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The phase after a change: the new one when given, else the current one. */
    static Phase phase(TaskChange change, Phase current) {
        return change.phase() == null ? current : change.phase();
    }
}
