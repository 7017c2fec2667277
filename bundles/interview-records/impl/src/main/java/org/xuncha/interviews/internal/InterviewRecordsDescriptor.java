package org.xuncha.interviews.internal;

import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.internal.todo.InterviewTodo;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;

/**
 * The interview-records module as the platform sees it. Default grants: the group roles work on their
 * own groups' plans, records and letters (the non-resident deputy leader reads them); the office
 * leader reads everything in the office's divisions; the office maintains the outline library. No
 * administrator role gets any content permission: the security auditor sees the audit trail of
 * every read, never what was read.
 */
@Component(service = ModuleDescriptor.class)
public class InterviewRecordsDescriptor extends AbstractModuleDescriptor {

    private final InterviewStatistics statistics;
    private final InterviewTodo todo;

    @Activate
    public InterviewRecordsDescriptor(BundleContext context, @Reference InterviewStatistics statistics, @Reference InterviewTodo todo) {
        super(context, InterviewRecordsEvents.MODULE, "个别谈话", "Interview records", ModuleLevel.BOTH);
        this.statistics = statistics;
        this.todo = todo;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        Set<String> readers = Roles.with(Roles.GROUP_ROLES, Roles.OFFICE_LEADER);
        Set<String> dashboard = Roles.with(Roles.INSPECTION_WORK, Roles.COMMITTEE_LEADER);
        return List.of(
                new PermissionDefinition(InterviewRecordsPermissions.TEMPLATE_READ, "查看谈话提纲模板", "Read outline templates", Roles.INSPECTION_WORK),
                new PermissionDefinition(InterviewRecordsPermissions.TEMPLATE_WRITE, "维护谈话提纲模板", "Maintain outline templates", Roles.OFFICE),
                new PermissionDefinition(InterviewRecordsPermissions.PLAN_READ, "查看个别谈话计划", "Read interview plans", readers),
                new PermissionDefinition(InterviewRecordsPermissions.PLAN_WRITE, "制定个别谈话计划", "Make interview plans", Roles.GROUP_WORKERS),
                new PermissionDefinition(InterviewRecordsPermissions.RECORD_READ, "查看个别谈话记录（留痕）", "Read interview records (audited)", readers),
                new PermissionDefinition(InterviewRecordsPermissions.RECORD_WRITE, "录入、签字确认和更正谈话记录", "Write, sign off and correct interview records",
                        Roles.GROUP_WORKERS),
                new PermissionDefinition(InterviewRecordsPermissions.LETTER_READ, "查看信访件（留痕）", "Read letters and visits (audited)", readers),
                new PermissionDefinition(InterviewRecordsPermissions.LETTER_WRITE, "登记和处理信访件", "Register and handle letters and visits",
                        Roles.GROUP_WORKERS),
                new PermissionDefinition(InterviewRecordsPermissions.DOSSIER_READ, "查看和导出一把手专门材料（留痕）", "Read and export the top-leader dossier (audited)",
                        readers),
                new PermissionDefinition(InterviewRecordsPermissions.STATISTICS, "查看个别谈话统计", "Read interview statistics", dashboard));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(
                page("plans", "谈话计划", "Interview plans", "/interviews/plans", InterviewRecordsPermissions.PLAN_READ, 300, "Calendar"),
                page("records", "谈话记录", "Interview records", "/interviews/records", InterviewRecordsPermissions.RECORD_READ, 310, "ChatLineSquare"),
                page("letters", "信访件", "Letters and visits", "/interviews/letters", InterviewRecordsPermissions.LETTER_READ, 320, "Message"),
                page("dossiers", "一把手专门材料", "Top-leader dossiers", "/interviews/dossiers", InterviewRecordsPermissions.DOSSIER_READ, 330,
                        "Document"),
                page("templates", "谈话提纲模板", "Outline templates", "/interviews/templates", InterviewRecordsPermissions.TEMPLATE_READ, 340,
                        "List"));
    }

    /** Counts only, in the caller's scope: planned, held, mandatory-topic coverage, letters, hand-overs. */
    @Override
    public List<Statistic> statistics(Caller caller) {
        if (!caller.has(InterviewRecordsPermissions.STATISTICS)) {
            return List.of();
        }
        return statistics.of(caller);
    }

    /** Records waiting for sign-off and leadership outlines lacking the mandatory topic, for those who act on them. */
    @Override
    public List<TodoItem> todo(Caller caller) {
        return todo.items(caller);
    }
}
