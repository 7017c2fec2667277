package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.leadtransfer.internal.Labeled;

/** The three signatures on a problem's approval sheet. */
public enum ApprovalStep implements Labeled {
    GROUP,
    OFFICE,
    LEADING_GROUP
}
