package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/**
 * What came of a lead for the people concerned. Party and government sanctions and organisational
 * handling count as people handled (处理处分, person-times); detention (留置) is a measure during a
 * case, and handing to prosecutors (移送司法) is counted on its own.
 */
public enum OutcomeKind implements Labeled {
    PARTY_SANCTION("党纪处分", "Party disciplinary sanction", true, true),
    GOVERNMENT_SANCTION("政务处分", "government sanction", true, true),
    ORGANISATIONAL_HANDLING("组织处理", "organisational handling", true, false),
    DETENTION("留置", "detention (liuzhi)", false, true),
    PROSECUTION("移送司法", "handed to prosecutors", false, true);

    private final String nameZh;
    private final String nameEn;
    private final boolean handling;
    private final boolean needsCase;

    OutcomeKind(String nameZh, String nameEn, boolean handling, boolean needsCase) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.handling = handling;
        this.needsCase = needsCase;
    }

    @Override
    public String nameZh() {
        return nameZh;
    }

    @Override
    public String nameEn() {
        return nameEn;
    }

    /** Counts as people handled (处理处分人次). */
    public boolean handling() {
        return handling;
    }

    /** Only follows a case opened (立案审查调查). */
    public boolean needsCase() {
        return needsCase;
    }
}
