package org.xuncha.leadtransfer.internal.joint;

import org.xuncha.leadtransfer.internal.Labeled;

/** In what capacity someone attends a consultation (会商研判). */
public enum AttendeeRole implements Labeled {
    /** 不驻组副组长: a discipline-commission official authorised for the round */
    NONRESIDENT_DEPUTY,
    GROUP,
    OFFICE,
    DISCIPLINE_COMMISSION,
    ORGANISATION_DEPT,
    AUDIT,
    OTHER
}
