package org.xuncha.leadtransfer.api;

import java.time.LocalDate;

/**
 * A problem the leading group approved (领导小组审定), as other modules read it (rectification takes
 * its tasks from these).
 *
 * @param id          the problem's id
 * @param roundId     the round
 * @param groupId     the group that found it
 * @param unitId      the unit it concerns
 * @param category    its category code
 * @param description what was found (decrypted for the caller; the read is audited)
 * @param topLeader   whether it concerns the unit's top leader
 * @param approvedOn  the day of the last approval
 * @since 1.4
 */
public record ApprovedProblem(long id, long roundId, long groupId, long unitId, String category, String description, boolean topLeader,
                              LocalDate approvedOn) {
}
