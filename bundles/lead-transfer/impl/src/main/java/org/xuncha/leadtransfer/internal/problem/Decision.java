package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.leadtransfer.internal.Labeled;

/** A reviewer's decision on a problem. */
public enum Decision implements Labeled {
    APPROVE,
    RETURN
}
