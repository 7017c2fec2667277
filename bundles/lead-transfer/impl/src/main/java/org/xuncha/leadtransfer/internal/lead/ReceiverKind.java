package org.xuncha.leadtransfer.internal.lead;

import org.xuncha.leadtransfer.internal.Labeled;

/** Who a lead is transferred to. Receiver accounts (roles discipline-commission, organisation-dept) see the leads transferred to their kind of receiver. */
public enum ReceiverKind implements Labeled {
    /** 纪委监委: leads about the leading group and other Party members' discipline */
    DISCIPLINE_COMMISSION,
    /** 组织部: cadre-related problems */
    ORGANISATION_DEPT,
    /** another department (公安、审计、行业主管部门...), named in the transfer */
    OTHER
}
