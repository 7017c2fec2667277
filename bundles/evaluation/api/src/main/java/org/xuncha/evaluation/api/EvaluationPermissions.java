package org.xuncha.evaluation.api;

/** Permission ids of the module; default roles are given in the descriptor. */
public final class EvaluationPermissions {

    /** Read scoring sheets, rankings, 约谈 records and assessments. */
    public static final String READ = "evaluation.read";
    /** Score the office-scored indicators of a round's groups and publish the ranking. */
    public static final String SCORE = "evaluation.score";
    /** Configure the office's quality indicators and their weights. */
    public static final String CONFIGURE = "evaluation.configure";
    /** Record what happened in a 约谈. */
    public static final String TALK = "evaluation.talk";
    /** Assess a unit's rectification. */
    public static final String ASSESS = "evaluation.assess";

    private EvaluationPermissions() {
    }
}
