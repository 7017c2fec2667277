package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/**
 * The grades of Party sanctions (党纪处分, 《中国共产党纪律处分条例》) and government sanctions (政务处分,
 * 《公职人员政务处分法》). A Party sanction names its grade; a government sanction may.
 */
public enum SanctionGrade implements Labeled {
    WARNING("警告", "warning", OutcomeKind.PARTY_SANCTION),
    SERIOUS_WARNING("严重警告", "serious warning", OutcomeKind.PARTY_SANCTION),
    REMOVAL_FROM_PARTY_POST("撤销党内职务", "removal from Party posts", OutcomeKind.PARTY_SANCTION),
    PROBATION("留党察看", "Party probation", OutcomeKind.PARTY_SANCTION),
    EXPULSION("开除党籍", "expulsion from the Party", OutcomeKind.PARTY_SANCTION),
    GOV_WARNING("警告（政务）", "warning (government)", OutcomeKind.GOVERNMENT_SANCTION),
    DEMERIT("记过", "demerit", OutcomeKind.GOVERNMENT_SANCTION),
    MAJOR_DEMERIT("记大过", "major demerit", OutcomeKind.GOVERNMENT_SANCTION),
    DEMOTION("降级", "demotion", OutcomeKind.GOVERNMENT_SANCTION),
    DISMISSAL("撤职", "dismissal from post", OutcomeKind.GOVERNMENT_SANCTION),
    EXPULSION_FROM_OFFICE("开除", "expulsion from public office", OutcomeKind.GOVERNMENT_SANCTION);

    private final String nameZh;
    private final String nameEn;
    private final OutcomeKind kind;

    SanctionGrade(String nameZh, String nameEn, OutcomeKind kind) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    public OutcomeKind kind() {
        return kind;
    }
}
