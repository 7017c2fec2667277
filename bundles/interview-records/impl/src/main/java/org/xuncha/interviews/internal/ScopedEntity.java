package org.xuncha.interviews.internal;

import java.util.Arrays;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;

/**
 * What every plan, planned interview, record, letter and raised item is scoped by: the round, the
 * group and the inspected unit, and the division whose committee runs the round. Data scope checks,
 * list filters and event properties read these columns.
 */
@MappedSuperclass
public abstract class ScopedEntity {

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    public void scope(long round, long group, long unit, String division) {
        this.roundId = round;
        this.groupId = group;
        this.unitId = unit;
        this.divisionCode = division;
    }

    /** Takes the scope of the record it belongs to or comes from. */
    public void scope(ScopedEntity of) {
        scope(of.roundId, of.groupId, of.unitId, of.divisionCode);
    }

    /** @throws ApiException 403 unless the caller's scope covers this row's division, group and unit */
    public void requireScope(Caller caller) {
        requireScope(caller, divisionCode, groupId, unitId);
    }

    /** @throws ApiException 403 unless the caller's scope covers the division, the group and the unit */
    public static void requireScope(Caller caller, String divisionCode, long groupId, long unitId) {
        if (!caller.scope().coversDivision(divisionCode) || !caller.scope().coversGroup(groupId) || !caller.scope().coversUnit(unitId)) {
            throw ApiException.outOfScope();
        }
    }

    /**
     * The caller's scope (divisions and, for group roles, their groups) and the query's filters on
     * the entity with that alias; a filter left null adds nothing.
     */
    public static Where where(Caller caller, String alias, PlanQuery query) {
        Where w = Where.scoped(caller, alias);
        if (query != null) {
            w.eq(alias + ".roundId", "roundId", query.roundId()).eq(alias + ".groupId", "groupId", query.groupId())
                    .eq(alias + ".unitId", "unitId", query.unitId());
        }
        return w;
    }

    /** The properties every event of the module carries (round, group, unit), then {@code extra} (key, value, ...). */
    public Object[] eventProperties(Object... extra) {
        Object[] scope = {InterviewRecordsEvents.ROUND_ID, roundId, InterviewRecordsEvents.GROUP_ID, groupId,
                InterviewRecordsEvents.UNIT_ID, unitId};
        Object[] all = Arrays.copyOf(scope, scope.length + extra.length);
        System.arraycopy(extra, 0, all, scope.length, extra.length);
        return all;
    }
}
