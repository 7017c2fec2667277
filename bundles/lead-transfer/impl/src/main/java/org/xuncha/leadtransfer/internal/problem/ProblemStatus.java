package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.leadtransfer.internal.Labeled;

/** Where a problem draft is in its approval: group → office → leading group. */
public enum ProblemStatus implements Labeled {
    DRAFT,
    /** signed off by the group leader, waiting for the office */
    SUBMITTED,
    /** passed the office, waiting for the leading group */
    OFFICE_APPROVED,
    /** final: counts as a problem found */
    APPROVED,
    /** sent back to the group with an opinion; editable again */
    RETURNED;

    /** The group may still change the draft. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
