package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/** Where a lead is: registered by the group or office, transferred, acknowledged by the receiver, being handled, concluded. */
public enum LeadStatus implements Labeled {
    REGISTERED,
    TRANSFERRED,
    ACKNOWLEDGED,
    /** the receiver reported how it handles the lead: the feedback clock stopped */
    DISPOSING,
    CONCLUDED;

    /** Transferred and still waiting for the receiver's first disposal report: the feedback clock runs. */
    public boolean awaitingFeedback() {
        return this == TRANSFERRED || this == ACKNOWLEDGED;
    }
}
