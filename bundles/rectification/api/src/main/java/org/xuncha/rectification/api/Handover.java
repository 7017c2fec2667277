package org.xuncha.rectification.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A handover of rectification (整改交接) when a unit's top leader changed post: the open tasks the
 * outgoing leader was responsible for became the incoming leader's, and both signed.
 *
 * @param id               id
 * @param unitId           the unit
 * @param unitName         its name
 * @param divisionCode     its division
 * @param roundId          the round whose rectification was handed over, or null for every open ledger of the unit
 * @param outgoingLeader   the leader who left
 * @param incomingLeader   the leader who took over
 * @param incomingPersonId the incoming leader in reference data, if known
 * @param handedOverOn     the day of the handover
 * @param taskIds          the open tasks handed over
 * @param recordedBy       who recorded it
 * @param recordedAt       when
 */
public record Handover(long id, long unitId, String unitName, String divisionCode, Long roundId, String outgoingLeader,
                       String incomingLeader, Long incomingPersonId, LocalDate handedOverOn, List<Long> taskIds, String recordedBy,
                       LocalDateTime recordedAt) {

    public Handover {
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
    }
}
