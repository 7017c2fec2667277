package org.xuncha.leadtransfer.internal.joint;

import org.xuncha.leadtransfer.internal.Labeled;

/** Who visits a unit, as the shared calendar shows it. */
public enum VisitKind implements Labeled {
    /** an inspection group of a round (from round planning) */
    INSPECTION,
    AUDIT,
    DISCIPLINE,
    OTHER
}
