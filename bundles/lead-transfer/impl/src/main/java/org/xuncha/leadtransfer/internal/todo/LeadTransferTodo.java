package org.xuncha.leadtransfer.internal.todo;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_FEEDBACK;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_TRANSFER;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_DECIDE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_REVIEW;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_SUBMIT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.lead.LeadQuery;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.security.Caller;

/**
 * What waits for whom in problems and leads: each step of the approval and the transfer has one role
 * that must act (the permission of that step), and the record's status says it is that step's turn.
 * Each item links to the list filtered to exactly those records.
 */
@Component(service = LeadTransferTodo.class)
public class LeadTransferTodo {

    private final ProblemService problems;
    private final LeadService leads;

    @Activate
    public LeadTransferTodo(@Reference ProblemService problems, @Reference LeadService leads) {
        this.problems = problems;
        this.leads = leads;
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (caller.has(PROBLEM_READ)) {
            problem(items, caller, PROBLEM_SUBMIT, ProblemStatus.DRAFT, "problems-to-sign", "待组长审核报送的问题", "Problems waiting for the group leader's sign-off");
            problem(items, caller, PROBLEM_WRITE, ProblemStatus.RETURNED, "problems-returned", "被退回待修改的问题", "Problems sent back for changes");
            problem(items, caller, PROBLEM_REVIEW, ProblemStatus.SUBMITTED, "problems-to-review", "待巡察办审核的问题", "Problems waiting for the office's review");
            problem(items, caller, PROBLEM_DECIDE, ProblemStatus.OFFICE_APPROVED, "problems-to-decide", "待录入领导小组审定意见的问题",
                    "Problems waiting for the leading group's decision");
        }
        if (caller.has(LEAD_READ)) {
            lead(items, caller, LEAD_TRANSFER, LeadStatus.REGISTERED, "leads-to-transfer", "待移交的问题线索", "Leads waiting to be transferred");
            lead(items, caller, LEAD_FEEDBACK, LeadStatus.TRANSFERRED, "leads-to-acknowledge", "待签收的问题线索", "Leads waiting for acknowledgement");
            lead(items, caller, LEAD_FEEDBACK, LeadStatus.ACKNOWLEDGED, "leads-to-report", "待反馈处置情况的问题线索",
                    "Leads waiting for a report of their handling");
            if (caller.has(LEAD_FEEDBACK) || caller.has(LEAD_TRANSFER)) {
                long late = leads.count(caller, new LeadQuery(null, null, null, null, null, null, null, null, true));
                if (late > 0) {
                    items.add(new TodoItem("lead-transfer.leads-overdue", "超期未反馈的问题线索", "Leads overdue for feedback", (int) late,
                            "/leads?overdue=true", null, true));
                }
            }
        }
        return items;
    }

    private void problem(List<TodoItem> items, Caller caller, String permission, ProblemStatus status, String id, String zh, String en) {
        if (caller.has(permission)) {
            long n = problems.count(caller, status);
            if (n > 0) {
                items.add(new TodoItem("lead-transfer." + id, zh, en, (int) n, "/problems?status=" + status.name(), null, false));
            }
        }
    }

    private void lead(List<TodoItem> items, Caller caller, String permission, LeadStatus status, String id, String zh, String en) {
        if (caller.has(permission)) {
            long n = leads.count(caller, new LeadQuery(null, null, null, null, status, null, null, null, null));
            if (n > 0) {
                items.add(new TodoItem("lead-transfer." + id, zh, en, (int) n, "/leads?status=" + status.name(), null, false));
            }
        }
    }
}
