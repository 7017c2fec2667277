package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.Sequenced;

/** An audit, discipline or other supervision visit to a unit, on the shared calendar. */
@Entity
@Table(name = "xc_lt_visit")
public class VisitEntity extends Sequenced {

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "term_id", nullable = false)
    long termId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    VisitKind kind;

    @Column(name = "organisation", nullable = false, length = 100)
    String organisation;

    @Column(name = "project", length = 200)
    String project;

    @Column(name = "starts_on", nullable = false)
    LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    LocalDate endsOn;

    @Column(name = "joint_op_id")
    Long jointOperationId;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    Calendar.Entry toEntry() {
        return new Calendar.Entry(unitId, kind, organisation, project, startsOn, endsOn, null, null, id);
    }
}
