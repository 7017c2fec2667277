package org.xuncha.leadtransfer.internal.joint;

import org.xuncha.leadtransfer.internal.Labeled;

/** What a consultation discusses. */
public enum ItemType implements Labeled {
    PROBLEM("问题", "problem"),
    LEAD("线索", "lead");

    private final String nameZh;
    private final String nameEn;

    ItemType(String nameZh, String nameEn) {
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
