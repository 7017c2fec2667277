package org.xuncha.leadtransfer.internal.problem;

import org.xuncha.leadtransfer.internal.Labeled;

/** A reviewer's decision on a problem. */
public enum Decision implements Labeled {
    APPROVE("同意", "approve"),
    RETURN("退回", "return");

    private final String nameZh;
    private final String nameEn;

    Decision(String nameZh, String nameEn) {
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
}
