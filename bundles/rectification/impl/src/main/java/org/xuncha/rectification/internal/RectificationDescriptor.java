package org.xuncha.rectification.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.rectification.internal.todo.RectificationTodo;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.rectification.api.AssignmentKind;
import org.xuncha.rectification.api.AssignmentService;
import org.xuncha.rectification.api.Figures;
import org.xuncha.rectification.api.LedgerService;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.RectificationPermissions;

/** Tells the platform this module is here: its permissions, its page, its figures for the dashboard. */
@Component(service = ModuleDescriptor.class)
public class RectificationDescriptor extends AbstractModuleDescriptor {

    private final LedgerService ledgers;
    private final AssignmentService assignments;
    private final RectificationTodo todo;

    @Activate
    public RectificationDescriptor(BundleContext context, @Reference LedgerService ledgers, @Reference AssignmentService assignments,
                                   @Reference RectificationTodo todo) {
        super(context, RectificationEvents.MODULE, "巡察整改", "Rectification", ModuleLevel.BOTH);
        this.ledgers = ledgers;
        this.assignments = assignments;
        this.todo = todo;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(RectificationPermissions.READ, "查看整改台账", "Read rectification ledgers",
                        Roles.with(Roles.INSPECTION_WORK, Roles.INSPECTED_UNIT, Roles.COMMITTEE_LEADER, Roles.DISCIPLINE_COMMISSION,
                                Roles.ORGANISATION_DEPT)),
                new PermissionDefinition(RectificationPermissions.MANAGE, "管理整改台账、审核销号、整改交接", "Manage ledgers, closures and handovers",
                        Roles.OFFICE),
                new PermissionDefinition(RectificationPermissions.REPORT, "报告整改进展、申请销号", "Report progress and request closure",
                        Roles.with(Roles.OFFICE, Roles.INSPECTED_UNIT)),
                new PermissionDefinition(RectificationPermissions.REVIEW, "三方联审发表意见", "Give a joint review opinion",
                        Roles.with(Roles.OFFICE, Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT)),
                new PermissionDefinition(RectificationPermissions.EXPORT, "导出整改台账", "Export ledgers",
                        Roles.with(Roles.OFFICE, Roles.INSPECTED_UNIT)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(page("ledgers", "整改台账", "Rectification ledgers", "/rectification/ledgers", RectificationPermissions.READ, 400,
                        "Finished"),
                page("reviews", "销号审核", "Closure reviews", "/rectification/reviews", RectificationPermissions.MANAGE, 401, "Stamp"),
                page("handovers", "整改交接", "Handovers", "/rectification/handovers", RectificationPermissions.READ, 402, "Switch"),
                page("joint-reviews", "三方联审", "Joint reviews", "/rectification/joint-reviews", RectificationPermissions.READ, 403, "Connection"),
                page("reconciliations", "定期对账", "Reconciliation", "/rectification/reconciliations", RectificationPermissions.READ, 404, "Checked"),
                page("assignments", "交办事项", "Assignments", "/rectification/assignments", RectificationPermissions.READ, 405, "Tickets"),
                page("letters", "巡察建议书", "Recommendation letters", "/rectification/letters", RectificationPermissions.READ, 406, "Message"),
                page("statistics", "整改统计", "Rectification statistics", "/rectification/statistics", RectificationPermissions.READ, 407,
                        "DataAnalysis"));
    }

    /** Counted in the caller's scope, as everything the module shows. */
    @Override
    public List<Statistic> statistics(Caller caller) {
        if (!caller.has(RectificationPermissions.READ)) {
            return List.of();
        }
        Figures f = ledgers.figures(caller, null);
        List<Statistic> s = new ArrayList<>();
        s.add(Statistic.of("rectification.tasks", "整改任务", "Rectification tasks", f.tasks()).withLink("/rectification/ledgers"));
        s.add(Statistic.of("rectification.closed", "已销号", "Closed", f.closed()));
        s.add(Statistic.of("rectification.closureRate", "销号率（%）", "Closure rate (%)", f.closureRate()));
        s.add(Statistic.of("rectification.overdue", "逾期未完成", "Overdue tasks", f.overdue()).withLink("/rectification/ledgers"));
        s.add(Statistic.of("rectification.reportsOverdue", "整改报告逾期", "Reports overdue", f.reportsOverdue()).withLink("/rectification/ledgers?reportsOverdue=true"));
        s.add(Statistic.of("rectification.handovers", "整改交接", "Handovers", f.handovers()).withLink("/rectification/handovers"));
        s.add(Statistic.of("rectification.instructions", "书记批示", "Secretary's instructions", assignments.count(caller, AssignmentKind.INSTRUCTION)));
        s.add(Statistic.of("rectification.common-problems", "共性问题交办", "Common problems assigned",
                assignments.count(caller, AssignmentKind.COMMON_PROBLEM)));
        s.add(Statistic.of("rectification.campaigns", "专项整治", "Special campaigns", assignments.count(caller, AssignmentKind.CAMPAIGN)));
        return s;
    }

    @Override
    public List<TodoItem> todo(Caller caller) {
        return todo.items(caller);
    }
}
