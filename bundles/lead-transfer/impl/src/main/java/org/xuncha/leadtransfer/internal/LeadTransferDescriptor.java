package org.xuncha.leadtransfer.internal;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.FINDING_IMPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.HISTORY_IMPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_EXPORT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_FEEDBACK;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_TRANSFER;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.LEAD_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_DECIDE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_REVIEW;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_SUBMIT;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.PROBLEM_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.STATISTICS_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.SURRENDER_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.TAXONOMY_WRITE;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.VISIT_WRITE;

import java.util.List;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.stats.StatisticsService;
import org.xuncha.leadtransfer.internal.todo.LeadTransferTodo;
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
 * The module as the platform sees it: permissions with their default roles, pages, dashboard
 * figures. Permissions say what a caller may do; which records they see is decided by data scope
 * (division, group) and, for leads, by who received them ({@code lead.LeadVisibility}).
 */
@Component(service = ModuleDescriptor.class)
public class LeadTransferDescriptor extends AbstractModuleDescriptor {

    private final StatisticsService statistics;
    private final LeadTransferTodo todo;

    @Activate
    public LeadTransferDescriptor(BundleContext context, @Reference StatisticsService statistics, @Reference LeadTransferTodo todo) {
        super(context, Store.MODULE, "问题与线索移交", "Problems and lead transfer", ModuleLevel.BOTH);
        this.statistics = statistics;
        this.todo = todo;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(PROBLEM_READ, "查看问题底稿", "Read problems found", Roles.INSPECTION_WORK),
                new PermissionDefinition(PROBLEM_WRITE, "撰写问题底稿", "Write problem drafts", Roles.with(Roles.GROUP_WORKERS, Roles.OFFICE_STAFF)),
                new PermissionDefinition(PROBLEM_SUBMIT, "问题底稿组长审核（报送巡察办）", "Sign off problem drafts for the group",
                        Set.of(Roles.GROUP_LEADER, Roles.GROUP_DEPUTY)),
                new PermissionDefinition(PROBLEM_REVIEW, "问题底稿巡察办审核", "Review problems for the office", Roles.OFFICE),
                new PermissionDefinition(PROBLEM_DECIDE, "录入领导小组审定意见", "Record the leading group's decision", Set.of(Roles.OFFICE_LEADER)),
                new PermissionDefinition(TAXONOMY_WRITE, "维护问题类别", "Maintain the problem taxonomy", Roles.OFFICE),
                new PermissionDefinition(LEAD_READ, "查看问题线索", "Read leads", Roles.with(Roles.GROUP_WORKERS, Roles.OFFICE_LEADER, Roles.OFFICE_STAFF,
                        Roles.NONRESIDENT_DEPUTY, Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT)),
                new PermissionDefinition(LEAD_WRITE, "登记问题线索", "Register leads", Roles.with(Roles.GROUP_WORKERS, Roles.OFFICE_STAFF)),
                new PermissionDefinition(LEAD_TRANSFER, "移交问题线索", "Transfer leads", Roles.OFFICE),
                new PermissionDefinition(LEAD_FEEDBACK, "签收线索、反馈处置情况", "Acknowledge leads and report their handling",
                        Set.of(Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT, Roles.OFFICE_STAFF)),
                new PermissionDefinition(LEAD_EXPORT, "导出线索移交台账、问题底稿、巡纪审联动和会商研判",
                        "Export the lead ledger, problems, joint operations and consultations", Roles.OFFICE),
                new PermissionDefinition(SURRENDER_READ, "查看主动投案情况", "Read self-surrenders", Roles.with(Roles.OFFICE, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(SURRENDER_WRITE, "登记主动投案情况", "Record self-surrenders", Set.of(Roles.OFFICE_STAFF, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(STATISTICS_READ, "查看问题线索统计", "Read problem and lead statistics",
                        Roles.with(Roles.GROUP_WORKERS, Roles.OFFICE_LEADER, Roles.OFFICE_STAFF, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(JOINT_READ, "查看巡纪审联动", "Read joint operations", Roles.with(Roles.OFFICE, Roles.DISCIPLINE_COMMISSION,
                        Roles.AUDIT_BUREAU, Roles.NONRESIDENT_DEPUTY, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(JOINT_WRITE, "管理巡纪审联动", "Manage joint operations", Roles.OFFICE),
                new PermissionDefinition(FINDING_IMPORT, "移入审计、纪检发现的问题和线索", "Bring in audit and discipline findings",
                        Roles.with(Roles.OFFICE, Roles.AUDIT_BUREAU)),
                new PermissionDefinition(VISIT_WRITE, "登记审计、纪检进点安排", "Record audit and discipline visits",
                        Roles.with(Roles.OFFICE, Roles.AUDIT_BUREAU, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(CONSULTATION_READ, "查看会商研判", "Read consultations", Roles.with(Roles.OFFICE, Roles.GROUP_LEADER,
                        Roles.GROUP_DEPUTY, Roles.NONRESIDENT_DEPUTY, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(CONSULTATION_WRITE, "记录会商研判", "Record consultations", Roles.with(Roles.OFFICE, Roles.GROUP_LEADER,
                        Roles.NONRESIDENT_DEPUTY)),
                new PermissionDefinition(HISTORY_IMPORT, "导入、补录历史问题和线索（可填过去日期）", "Import and back-date past problems and leads",
                        Set.of(Roles.OFFICE_LEADER)));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(
                page("problems", "问题底稿", "Problems found", "/problems", PROBLEM_READ, 300, "Document"),
                page("leads", "问题线索", "Leads", "/leads", LEAD_READ, 310, "Promotion"),
                page("lead-statistics", "问题线索统计", "Problem and lead statistics", "/leads/statistics", STATISTICS_READ, 320, "DataAnalysis"),
                page("joint-operations", "巡纪审联动", "Joint operations", "/joint-operations", JOINT_READ, 330, "Connection"),
                page("consultations", "会商研判", "Consultations", "/consultations", CONSULTATION_READ, 340, "ChatDotRound"),
                page("lead-history", "历史数据导入", "History import", "/leads/history", HISTORY_IMPORT, 350, "Upload"));
    }

    @Override
    public List<Statistic> statistics(Caller caller) {
        return statistics.dashboard(caller);
    }

    @Override
    public List<TodoItem> todo(Caller caller) {
        return todo.items(caller);
    }
}
