package org.xuncha.rectification.internal.handover;

import java.time.LocalDate;
import java.util.List;

/**
 * A handover opened by the module when the reference data named a unit's new top leader: the open
 * tasks listed, each leader's signature day; status {@code PENDING} until both signed, then
 * {@code HANDED_OVER} with {@code handoverId}, the handover that passed the tasks.
 */
public record PendingHandover(long id, String status, long unitId, String unitName, String divisionCode, String outgoingLeader, String incomingLeader,
                              long incomingPersonId, LocalDate openedOn, List<Long> taskIds, LocalDate outgoingSignedOn,
                              LocalDate incomingSignedOn, Long handoverId) {

    public PendingHandover {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }

    /** Who signs a pending handover. */
    public enum Party { OUTGOING, INCOMING }

    /** The office records that one of the leaders signed, on a day. */
    public record Signature(Party party, LocalDate signedOn) {
    }
}
