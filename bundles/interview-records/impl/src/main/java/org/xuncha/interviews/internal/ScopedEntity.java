package org.xuncha.interviews.internal;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/**
 * What every plan, planned interview, record, letter and raised item is scoped by: the round, the
 * group and the inspected unit, and the division whose committee runs the round. Data scope checks
 * and list filters read these columns.
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
}
