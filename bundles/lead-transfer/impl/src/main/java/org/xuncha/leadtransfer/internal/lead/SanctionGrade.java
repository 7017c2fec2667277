package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/**
 * The grades of Party sanctions (党纪处分, 《中国共产党纪律处分条例》) and government sanctions (政务处分,
 * 《公职人员政务处分法》). A Party sanction names its grade; a government sanction may.
 */
public enum SanctionGrade implements Labeled {
    WARNING(OutcomeKind.PARTY_SANCTION),
    SERIOUS_WARNING(OutcomeKind.PARTY_SANCTION),
    REMOVAL_FROM_PARTY_POST(OutcomeKind.PARTY_SANCTION),
    PROBATION(OutcomeKind.PARTY_SANCTION),
    EXPULSION(OutcomeKind.PARTY_SANCTION),
    GOV_WARNING(OutcomeKind.GOVERNMENT_SANCTION),
    DEMERIT(OutcomeKind.GOVERNMENT_SANCTION),
    MAJOR_DEMERIT(OutcomeKind.GOVERNMENT_SANCTION),
    DEMOTION(OutcomeKind.GOVERNMENT_SANCTION),
    DISMISSAL(OutcomeKind.GOVERNMENT_SANCTION),
    EXPULSION_FROM_OFFICE(OutcomeKind.GOVERNMENT_SANCTION);

    private final OutcomeKind kind;

    SanctionGrade(OutcomeKind kind) {
        this.kind = kind;
    }

    public OutcomeKind kind() {
        return kind;
    }
}
