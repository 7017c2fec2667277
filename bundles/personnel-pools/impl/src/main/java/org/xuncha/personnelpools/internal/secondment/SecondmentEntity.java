package org.xuncha.personnelpools.internal.secondment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.roundplanning.api.GroupRole;

/** Table {@code xc_personnel_pools_secondment}, with the findings waived for it. */
@Entity
@Table(name = "xc_personnel_pools_secondment")
public class SecondmentEntity {

    @Id
    @SequenceGenerator(name = "xc_personnel_pools_secondment_seq", sequenceName = "xc_personnel_pools_secondment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_personnel_pools_secondment_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "person_name", nullable = false, length = 100)
    public String personName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    public GroupRole role;

    /** The round's division: the secondment's scope. */
    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "field_start")
    public LocalDate fieldStart;

    @Column(name = "field_end")
    public LocalDate fieldEnd;

    @Column(name = "justification", length = Secondment.Draft.JUSTIFICATION_MAX)
    public String justification;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_personnel_pools_exception", joinColumns = @JoinColumn(name = "secondment_id"))
    public List<ExceptionRow> exceptions = new ArrayList<>();

    Secondment toValue() {
        return new Secondment(id, roundId, groupId, personId, personName, role, divisionCode, fieldStart, fieldEnd,
                exceptions.stream().map(ExceptionRow::toValue).toList(), justification, createdBy, createdAt);
    }
}
