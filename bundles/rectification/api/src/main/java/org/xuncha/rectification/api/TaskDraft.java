package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * A task as the office enters it into a ledger (or as it is taken from an approved problem).
 *
 * @param problem           the problem, at most {@value #PROBLEM_MAX} characters
 * @param measures          measures, at most {@value #MEASURES_MAX}; may be left to the unit
 * @param responsibleLeader the responsible leader, at most {@value LedgerDraft#NAME_MAX}
 * @param owner             the owner (person or department), at most {@value #OWNER_MAX}
 * @param deadline          the deadline, not before feedback
 * @param sourceProblemId   the lead-transfer problem, or null
 */
public record TaskDraft(String problem, String measures, String responsibleLeader, String owner, LocalDate deadline,
                        Long sourceProblemId) {

    /** As long as a problem of the lead-transfer module, from which tasks are taken. */
    public static final int PROBLEM_MAX = 5000;
    public static final int MEASURES_MAX = 2000;
    public static final int OWNER_MAX = 100;
}
