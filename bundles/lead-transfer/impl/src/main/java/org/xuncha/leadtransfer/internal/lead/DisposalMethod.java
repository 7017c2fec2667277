package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/** How the receiver disposes of a lead (线索处置方式), as the discipline inspection rules name them. */
public enum DisposalMethod implements Labeled {
    TALK_INQUIRY,
    PRELIMINARY_VERIFICATION,
    CASE_INVESTIGATION,
    /** closes the lead */
    CLOSED,
    SHELVED
}
