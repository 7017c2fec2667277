package org.xuncha.leadtransfer.internal.joint;

import org.xuncha.leadtransfer.internal.Labeled;

/** What a consultation discusses. */
public enum ItemType implements Labeled {
    PROBLEM,
    LEAD
}
