package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/**
 * What came of a lead for the people concerned. Party and government sanctions and organisational
 * handling count as people handled (处理处分, person-times); detention (留置) is a measure during a
 * case, and handing to prosecutors (移送司法) is counted on its own.
 */
public enum OutcomeKind implements Labeled {
    PARTY_SANCTION(true, true),
    GOVERNMENT_SANCTION(true, true),
    ORGANISATIONAL_HANDLING(true, false),
    DETENTION(false, true),
    PROSECUTION(false, true);

    private final boolean handling;
    private final boolean needsCase;

    OutcomeKind(boolean handling, boolean needsCase) {
        this.handling = handling;
        this.needsCase = needsCase;
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
