package org.xuncha.personnelpools.internal.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.platform.api.rest.ApiException;

/** Table {@code xc_personnel_pools_training}, with its invitees and attendance. */
@Entity
@Table(name = "xc_personnel_pools_training")
public class TrainingEntity {

    @Id
    @SequenceGenerator(name = "xc_personnel_pools_training_seq", sequenceName = "xc_personnel_pools_training_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_personnel_pools_training_seq")
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    public TrainingKind kind;

    @Column(name = "title", nullable = false, length = Training.TITLE_MAX)
    public String title;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "trainer_person_id", nullable = false)
    public long trainerPersonId;

    @Column(name = "trainer_name", nullable = false, length = 100)
    public String trainerName;

    @Column(name = "held_on", nullable = false)
    public LocalDate date;

    @Column(name = "hours", nullable = false)
    public int hours;

    @Column(name = "location", length = Training.LOCATION_MAX)
    public String location;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_personnel_pools_attendance", joinColumns = @JoinColumn(name = "training_id"))
    public List<AttendanceRow> attendance = new ArrayList<>();

    /** The training: 404 if there is none. */
    static TrainingEntity load(EntityManager em, long id) {
        TrainingEntity e = em.find(TrainingEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("培训", "training", id);
        }
        return e;
    }

    AttendanceRow row(long personId) {
        return attendance.stream().filter(a -> a.personId == personId).findFirst().orElse(null);
    }

    Training toValue() {
        return new Training(id, kind, title, roundId, trainerPersonId, trainerName, date, hours, location, divisionCode,
                attendance.stream().sorted(Comparator.comparing((AttendanceRow a) -> a.personName).thenComparing(a -> a.personId))
                        .map(AttendanceRow::toValue).toList(), createdBy, createdAt);
    }
}
