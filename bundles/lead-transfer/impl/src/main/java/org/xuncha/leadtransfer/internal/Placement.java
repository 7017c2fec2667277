package org.xuncha.leadtransfer.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Where a problem, lead or consultation belongs: a round, one of its groups and one of that group's
 * target units, resolved through round planning and checked against the caller's scope.
 *
 * @param divisionCode the division whose committee runs the round
 * @param termId       the round's term
 * @param roundId      the round
 * @param groupId      the group
 * @param unitId       the unit
 * @param roundStart   first day of the round's fieldwork (or {@code fallback} if round planning has none): orders rounds
 */
public record Placement(String divisionCode, long termId, long roundId, long groupId, long unitId, LocalDate roundStart) {

    /**
     * Resolves and checks a placement: the round exists and is in the caller's divisions, the group
     * belongs to the round and the unit is one of its targets; a group-limited caller must work in
     * that group.
     *
     * @throws ApiException 400 naming the wrong field, 403 out of scope
     */
    public static Placement resolve(RoundDirectory directory, Caller caller, long roundId, long groupId, long unitId, LocalDate fallback) {
        RoundRef round = round(directory, caller, roundId);
        GroupRef group = directory.group(groupId).orElse(null);
        List<FieldError> errors = new ArrayList<>();
        if (group == null) {
            errors.add(new FieldError("groupId", "not_found", "巡察组不存在：" + groupId, "group not found: " + groupId));
        } else if (group.roundId() != roundId) {
            errors.add(new FieldError("groupId", "invalid", "该巡察组不属于此轮巡察", "the group does not belong to this round"));
        } else if (!group.targetUnitIds().contains(unitId)) {
            errors.add(new FieldError("unitId", "invalid", "该单位不是此巡察组的巡察对象", "the unit is not a target of this group"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        if (!caller.scope().coversGroup(groupId) || !caller.scope().coversRound(roundId)) {
            throw ApiException.outOfScope();
        }
        return new Placement(round.divisionCode(), round.termId(), roundId, groupId, unitId,
                round.fieldStart() != null ? round.fieldStart() : fallback);
    }

    /** The round, if it exists (400 on {@code roundId} otherwise) and is in the caller's divisions (403 otherwise). */
    public static RoundRef round(RoundDirectory directory, Caller caller, long roundId) {
        RoundRef round = directory.round(roundId).orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("roundId", "not_found", "巡察轮次不存在：" + roundId, "round not found: " + roundId))));
        caller.requireDivision(round.divisionCode());
        return round;
    }
}
