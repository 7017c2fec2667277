package org.xuncha.rectification.internal.handover;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.xuncha.platform.api.rest.Checks;
import org.xuncha.rectification.api.HandoverDraft;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.TaskStatus;

/** The pure rules of a handover (整改交接). Tested without OSGi. */
public final class HandoverRules {

    static final Map<String, String> SORT = Map.of("id", "h.id", "handedOverOn", "h.handedOverOn");

    private HandoverRules() {
    }

    static void check(HandoverDraft draft, LocalDate today) {
        if (draft == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        String out = trim(draft.outgoingLeader());
        String in = trim(draft.incomingLeader());
        new Checks().required("unitId", draft.unitId(), "被巡察单位", "unit")
                .required("outgoingLeader", out, "原主要负责人", "outgoing leader")
                .maxLength("outgoingLeader", out, LedgerDraft.NAME_MAX, "原主要负责人", "outgoing leader")
                .check(in == null && draft.incomingPersonId() == null, "incomingLeader", "required", "请填写新任主要负责人",
                        "the incoming leader is required")
                .maxLength("incomingLeader", in, LedgerDraft.NAME_MAX, "新任主要负责人", "incoming leader")
                .check(out != null && out.equals(in), "incomingLeader", "same_person", "新任与原任主要负责人不能是同一人",
                        "the incoming leader cannot be the outgoing one")
                .required("handedOverOn", draft.handedOverOn(), "交接日期", "handover day")
                .check(draft.handedOverOn() != null && draft.handedOverOn().isAfter(today), "handedOverOn", "future",
                        "交接日期不能晚于今天", "the handover day cannot be in the future")
                .check(!Boolean.TRUE.equals(draft.outgoingSigned()), "outgoingSigned", "required", "交接书须经原主要负责人签字",
                        "the outgoing leader must sign the handover")
                .check(!Boolean.TRUE.equals(draft.incomingSigned()), "incomingSigned", "required", "交接书须经新任主要负责人签字",
                        "the incoming leader must sign the handover")
                .throwIfInvalid();
    }

    /**
     * Whether an open task passes to the incoming leader: it was the outgoing leader's, or nobody's
     * (so that after a handover no open task is without a leader).
     */
    static boolean handedOver(TaskStatus status, String responsibleLeader, String outgoing) {
        return status != TaskStatus.CLOSED && (responsibleLeader == null || Objects.equals(responsibleLeader, outgoing));
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
