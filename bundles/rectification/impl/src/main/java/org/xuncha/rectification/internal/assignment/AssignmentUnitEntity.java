package org.xuncha.rectification.internal.assignment;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.rectification.api.AssignmentDraft;

/** Table {@code xc_rectification_assignment_unit}: one unit's line in the ledger of a common problem or a campaign. */
@Entity
@Table(name = "xc_rectification_assignment_unit")
public class AssignmentUnitEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_assignment_unit_seq", sequenceName = "xc_rectification_assignment_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_assignment_unit_seq")
    public Long id;

    @Column(name = "assignment_id", nullable = false)
    public long assignmentId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    public String unitName;

    /** The unit's division (for the unit's own scope), not the assignment's. */
    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "result", length = AssignmentDraft.RESULT_MAX)
    public String result;

    @Column(name = "reported_by", length = 100)
    public String reportedBy;

    @Column(name = "assigned_by", nullable = false, length = 100)
    public String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    public LocalDateTime assignedAt;
}
