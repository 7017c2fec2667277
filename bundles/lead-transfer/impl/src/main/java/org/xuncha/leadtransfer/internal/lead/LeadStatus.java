package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/** Where a lead is: registered by the group or office, transferred, acknowledged by the receiver, being handled, concluded. */
public enum LeadStatus implements Labeled {
    REGISTERED("已登记", "registered"),
    TRANSFERRED("已移交", "transferred"),
    ACKNOWLEDGED("已签收", "acknowledged"),
    /** the receiver reported how it handles the lead: the feedback clock stopped */
    DISPOSING("处置中", "being handled"),
    CONCLUDED("已办结", "concluded");

    private final String nameZh;
    private final String nameEn;

    LeadStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** Transferred and still waiting for the receiver's first disposal report: the feedback clock runs. */
    public boolean awaitingFeedback() {
        return this == TRANSFERRED || this == ACKNOWLEDGED;
    }
}
