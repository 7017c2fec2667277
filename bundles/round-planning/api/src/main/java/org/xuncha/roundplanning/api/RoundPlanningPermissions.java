package org.xuncha.roundplanning.api;

/**
 * The permission names of the round-planning module, one constant each. The module declares them
 * with their default roles; the web console and other modules use these names to show or hide what
 * a user may do.
 */
public final class RoundPlanningPermissions {

    public static final String PREFIX = RoundEvents.MODULE + ".";
    public static final String TERM_READ = PREFIX + "term.read";
    public static final String TERM_WRITE = PREFIX + "term.write";
    public static final String COVERAGE_READ = PREFIX + "coverage.read";
    public static final String PRIORITY_READ = PREFIX + "priority.read";
    public static final String PRIORITY_WRITE = PREFIX + "priority.write";
    public static final String ROUND_READ = PREFIX + "round.read";
    /** Edit plans: round fields, targets, groups. */
    public static final String ROUND_WRITE = PREFIX + "round.write";
    /** Open and close plan amendments. */
    public static final String PLAN_AMEND = PREFIX + "plan.amend";
    public static final String APPROVE_LEADING_GROUP = PREFIX + "plan.approve.leading-group";
    public static final String APPROVE_COMMITTEE = PREFIX + "plan.approve.committee";
    /** Record group authorisations (一次一授权) and rectification reports received. */
    public static final String ROUND_TRACK = PREFIX + "round.track";
    /** Step a round back one stage to correct a mistaken advance. */
    public static final String STAGE_CORRECT = PREFIX + "stage.correct";
    public static final String AVOIDANCE_DECLARE = PREFIX + "avoidance.declare";
    public static final String AVOIDANCE_READ = PREFIX + "avoidance.read";
    /**
     * Import a term's past rounds (历史数据导入), which records their plan approvals on past days in
     * the importer's name: by default the office leader's only.
     */
    public static final String HISTORY_IMPORT = PREFIX + "history.import";

    private RoundPlanningPermissions() {
    }

    /** The permission to move a round forward into {@code stage}, e.g. {@code round-planning.stage.entry}. */
    public static String stage(Stage stage) {
        return PREFIX + "stage." + stage.name().toLowerCase();
    }
}
