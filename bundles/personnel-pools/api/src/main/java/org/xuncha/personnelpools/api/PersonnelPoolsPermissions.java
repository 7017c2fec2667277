package org.xuncha.personnelpools.api;

/** Permission ids of the module, one constant each; default roles are given in the descriptor. */
public final class PersonnelPoolsPermissions {

    /** Read pools, profiles, secondments, checks and suggestions (relatives included: office only by default). */
    public static final String READ = "personnel-pools.read";
    /** Apply for admission or exit, keep profiles and the specialty vocabulary, second people to rounds. */
    public static final String WRITE = "personnel-pools.write";
    /** Decide on admissions and exits, and record a justified exception to a 回避 or clash rule. */
    public static final String APPROVE = "personnel-pools.approve";

    /** Sign oneself in to a training one is invited to (the office signs others in with {@link #WRITE}). */
    public static final String TRAINING_SIGN_IN = "personnel-pools.training.sign-in";

    /** Nominate someone of one's group for 单独评优 (the office decides with {@link #APPROVE}). */
    public static final String NOMINATE = "personnel-pools.nominate";

    private PersonnelPoolsPermissions() {
    }
}
