package org.xuncha.leadtransfer.internal;

import java.util.List;
import java.util.Set;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.security.Roles;

/**
 * The module's permissions and their default roles. Permissions say what a caller may do; which
 * records they see is decided by data scope (division, group) and, for leads, by who received them
 * ({@link org.xuncha.leadtransfer.internal.lead.LeadVisibility}).
 */
public final class Permissions {

    public static final String PROBLEM_READ = "lead-transfer.problem.read";
    public static final String PROBLEM_WRITE = "lead-transfer.problem.write";
    /** 组长审核: the group signs the draft off and submits it to the office. */
    public static final String PROBLEM_SUBMIT = "lead-transfer.problem.submit";
    /** 巡察办审核 */
    public static final String PROBLEM_REVIEW = "lead-transfer.problem.review";
    /** 领导小组审定: the office leader records the leading group's decision. */
    public static final String PROBLEM_DECIDE = "lead-transfer.problem.decide";
    public static final String TAXONOMY_WRITE = "lead-transfer.taxonomy.write";
    public static final String LEAD_READ = "lead-transfer.lead.read";
    public static final String LEAD_WRITE = "lead-transfer.lead.write";
    public static final String LEAD_TRANSFER = "lead-transfer.lead.transfer";
    /** The receiver's acknowledgment, disposal, outcome and conclusion. */
    public static final String LEAD_FEEDBACK = "lead-transfer.lead.feedback";
    public static final String LEAD_EXPORT = "lead-transfer.lead.export";
    public static final String SURRENDER_READ = "lead-transfer.surrender.read";
    public static final String SURRENDER_WRITE = "lead-transfer.surrender.write";
    public static final String STATISTICS_READ = "lead-transfer.statistics.read";
    public static final String JOINT_READ = "lead-transfer.joint.read";
    public static final String JOINT_WRITE = "lead-transfer.joint.write";
    public static final String FINDING_IMPORT = "lead-transfer.finding.import";
    public static final String VISIT_WRITE = "lead-transfer.visit.write";
    public static final String CONSULTATION_READ = "lead-transfer.consultation.read";
    public static final String CONSULTATION_WRITE = "lead-transfer.consultation.write";

    /** Sources of findings brought in from other bodies (巡纪审联动): raising those needs {@link #FINDING_IMPORT}. */
    public static final Set<Source> FINDING_SOURCES = Set.of(Source.AUDIT, Source.DISCIPLINE);

    private static final Set<String> GROUP_WORKERS = Set.of(Roles.GROUP_LEADER, Roles.GROUP_DEPUTY, Roles.GROUP_LIAISON, Roles.GROUP_MEMBER);

    private Permissions() {
    }

    /** The permission to raise a problem or lead from this source: {@code ordinary}, or finding import for audit and discipline findings. */
    public static String toRaise(Source source, String ordinary) {
        return FINDING_SOURCES.contains(source) ? FINDING_IMPORT : ordinary;
    }

    static List<PermissionDefinition> definitions() {
        return List.of(
                new PermissionDefinition(PROBLEM_READ, "查看问题底稿", "Read problems found", Roles.INSPECTION_WORK),
                new PermissionDefinition(PROBLEM_WRITE, "撰写问题底稿", "Write problem drafts", with(GROUP_WORKERS, Roles.OFFICE_STAFF)),
                new PermissionDefinition(PROBLEM_SUBMIT, "问题底稿组长审核（报送巡察办）", "Sign off problem drafts for the group",
                        Set.of(Roles.GROUP_LEADER, Roles.GROUP_DEPUTY)),
                new PermissionDefinition(PROBLEM_REVIEW, "问题底稿巡察办审核", "Review problems for the office", Roles.OFFICE),
                new PermissionDefinition(PROBLEM_DECIDE, "录入领导小组审定意见", "Record the leading group's decision", Set.of(Roles.OFFICE_LEADER)),
                new PermissionDefinition(TAXONOMY_WRITE, "维护问题类别", "Maintain the problem taxonomy", Roles.OFFICE),
                new PermissionDefinition(LEAD_READ, "查看问题线索", "Read leads", with(GROUP_WORKERS, Roles.OFFICE_LEADER, Roles.OFFICE_STAFF,
                        Roles.NONRESIDENT_DEPUTY, Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT)),
                new PermissionDefinition(LEAD_WRITE, "登记问题线索", "Register leads", with(GROUP_WORKERS, Roles.OFFICE_STAFF)),
                new PermissionDefinition(LEAD_TRANSFER, "移交问题线索", "Transfer leads", Roles.OFFICE),
                new PermissionDefinition(LEAD_FEEDBACK, "签收线索、反馈处置情况", "Acknowledge leads and report their handling",
                        Set.of(Roles.DISCIPLINE_COMMISSION, Roles.ORGANISATION_DEPT, Roles.OFFICE_STAFF)),
                new PermissionDefinition(LEAD_EXPORT, "导出线索移交台账", "Export the lead ledger", Roles.OFFICE),
                new PermissionDefinition(SURRENDER_READ, "查看主动投案情况", "Read self-surrenders", with(Roles.OFFICE, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(SURRENDER_WRITE, "登记主动投案情况", "Record self-surrenders", Set.of(Roles.OFFICE_STAFF, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(STATISTICS_READ, "查看问题线索统计", "Read problem and lead statistics",
                        with(GROUP_WORKERS, Roles.OFFICE_LEADER, Roles.OFFICE_STAFF, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(JOINT_READ, "查看巡纪审联动", "Read joint operations", with(Roles.OFFICE, Roles.DISCIPLINE_COMMISSION,
                        Roles.AUDIT_BUREAU, Roles.NONRESIDENT_DEPUTY, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(JOINT_WRITE, "管理巡纪审联动", "Manage joint operations", Roles.OFFICE),
                new PermissionDefinition(FINDING_IMPORT, "移入审计、纪检发现的问题和线索", "Bring in audit and discipline findings",
                        with(Roles.OFFICE, Roles.AUDIT_BUREAU)),
                new PermissionDefinition(VISIT_WRITE, "登记审计、纪检进点安排", "Record audit and discipline visits",
                        with(Roles.OFFICE, Roles.AUDIT_BUREAU, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(CONSULTATION_READ, "查看会商研判", "Read consultations", with(Roles.OFFICE, Roles.GROUP_LEADER,
                        Roles.GROUP_DEPUTY, Roles.NONRESIDENT_DEPUTY, Roles.DISCIPLINE_COMMISSION)),
                new PermissionDefinition(CONSULTATION_WRITE, "记录会商研判", "Record consultations", with(Roles.OFFICE, Roles.GROUP_LEADER,
                        Roles.NONRESIDENT_DEPUTY)));
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
