package org.xuncha.personnelpools.api;

/**
 * Where a pool entry stands (动态调整): admission and exit are applied for with a reason and take
 * effect when the office approves them.
 */
public enum EntryStatus {
    /** applied for, awaiting the office's decision */
    PENDING_ADMISSION("待审批入库", "admission pending"),
    /** in the pool */
    ACTIVE("在库", "in the pool"),
    /** exit applied for, awaiting the office's decision; still in the pool until then */
    PENDING_EXIT("待审批出库", "exit pending"),
    EXITED("已出库", "exited"),
    /** admission refused */
    REJECTED("未获批准", "rejected");

    private final String nameZh;
    private final String nameEn;

    EntryStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** In the pool: may be drafted. */
    public boolean inPool() {
        return this == ACTIVE || this == PENDING_EXIT;
    }
}
