package org.xuncha.rectification.internal.assignment;

import java.time.LocalDate;
import java.util.Map;

import org.xuncha.platform.api.rest.Checks;
import org.xuncha.rectification.api.AssignmentDraft;

/** The pure rules of assignments. Tested without OSGi. */
final class AssignmentRules {

    static final Map<String, String> SORT = Map.of("id", "a.id", "assignedOn", "a.assignedOn");

    private AssignmentRules() {
    }

    static void check(AssignmentDraft d, LocalDate today) {
        if (d == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks().required("kind", d.kind(), "类别", "kind")
                .required("title", trim(d.title()), "事项", "title")
                .maxLength("title", trim(d.title()), AssignmentDraft.TITLE_MAX, "事项", "title")
                .maxLength("assignedBy", trim(d.assignedBy()), AssignmentDraft.BY_MAX, "交办人", "assigned by")
                .required("assignedOn", d.assignedOn(), "交办日期", "assigned on")
                .check(d.assignedOn() != null && d.assignedOn().isAfter(today), "assignedOn", "future", "交办日期不能晚于今天",
                        "the day cannot be in the future")
                .throwIfInvalid();
    }

    static void check(AssignmentDraft.Completion c, LocalDate assignedOn, LocalDate today) {
        if (c == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        LocalDate on = c.completedOn();
        new Checks().required("completedOn", on, "完成日期", "completed on")
                .check(on != null && on.isAfter(today), "completedOn", "future", "完成日期不能晚于今天", "the day cannot be in the future")
                .check(on != null && on.isBefore(assignedOn), "completedOn", "before_assigned", "完成日期不能早于交办日期 " + assignedOn,
                        "the day cannot be before it was assigned on " + assignedOn)
                .required("result", trim(c.result()), "完成情况", "result")
                .maxLength("result", trim(c.result()), AssignmentDraft.RESULT_MAX, "完成情况", "result")
                .throwIfInvalid();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
