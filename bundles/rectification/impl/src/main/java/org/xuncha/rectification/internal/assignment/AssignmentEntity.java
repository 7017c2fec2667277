package org.xuncha.rectification.internal.assignment;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.rectification.api.Assignment;
import org.xuncha.rectification.api.AssignmentDraft;
import org.xuncha.rectification.api.AssignmentKind;

/** Table {@code xc_rectification_assignment}: 书记批示, 共性问题交办单, 专项整治. */
@Entity
@Table(name = "xc_rectification_assignment")
public class AssignmentEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_assignment_seq", sequenceName = "xc_rectification_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_assignment_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    public AssignmentKind kind;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "title", nullable = false, length = AssignmentDraft.TITLE_MAX)
    public String title;

    @Column(name = "assigned_by", length = AssignmentDraft.BY_MAX)
    public String assignedBy;

    @Column(name = "assigned_on", nullable = false)
    public LocalDate assignedOn;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "result", length = AssignmentDraft.RESULT_MAX)
    public String result;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    public Assignment toValue() {
        return new Assignment(id, kind, divisionCode, title, assignedBy, assignedOn, completedOn, result, recordedBy, recordedAt);
    }
}
