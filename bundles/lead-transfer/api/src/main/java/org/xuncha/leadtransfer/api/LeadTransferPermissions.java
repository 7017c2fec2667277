package org.xuncha.leadtransfer.api;

/**
 * The module's permission names, one constant each: the REST endpoints declare them, the web
 * console and other modules test them. Which roles hold them by default is the module descriptor's
 * business; what a caller sees besides is decided by data scope (division, group) and, for leads,
 * by who received them.
 *
 * @since 1.3
 */
public final class LeadTransferPermissions {

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
    /** Every export of the module: the lead ledger and the problems, joint-operation and consultation lists (the id predates them). */
    public static final String LEAD_EXPORT = "lead-transfer.lead.export";
    public static final String SURRENDER_READ = "lead-transfer.surrender.read";
    public static final String SURRENDER_WRITE = "lead-transfer.surrender.write";
    public static final String STATISTICS_READ = "lead-transfer.statistics.read";
    public static final String JOINT_READ = "lead-transfer.joint.read";
    public static final String JOINT_WRITE = "lead-transfer.joint.write";
    /** Bringing in problems and leads found by audit and the discipline commission (sources AUDIT and DISCIPLINE). */
    public static final String FINDING_IMPORT = "lead-transfer.finding.import";
    public static final String VISIT_WRITE = "lead-transfer.visit.write";
    public static final String CONSULTATION_READ = "lead-transfer.consultation.read";
    public static final String CONSULTATION_WRITE = "lead-transfer.consultation.write";
    /**
     * Recording the past (历史数据): the history import of past problems and leads, and approval steps
     * dated in the past through the API.
     *
     * @since 1.5
     */
    public static final String HISTORY_IMPORT = "lead-transfer.history.import";

    private LeadTransferPermissions() {
    }
}
