package org.xuncha.rectification.api;

/** Where a report due after feedback stands on a given day. */
public enum ReportStatus {
    /** 未到期: not received, not yet due. */
    PENDING("未到期", "Not yet due"),
    /** 逾期未报: not received, past its due day. */
    OVERDUE("逾期未报", "Overdue"),
    /** 已按期报送: received on or before its due day. */
    RECEIVED("已按期报送", "Received in time"),
    /** 逾期报送: received after its due day. */
    RECEIVED_LATE("逾期报送", "Received late");

    private final String nameZh;
    private final String nameEn;

    ReportStatus(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
