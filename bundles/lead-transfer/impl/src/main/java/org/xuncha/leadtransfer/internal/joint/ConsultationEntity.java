package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** 会商研判 on key problems and leads; subject and conclusion are SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_consultation")
public class ConsultationEntity {

    @Id
    @SequenceGenerator(name = "xc_lt_seq", sequenceName = "xc_lt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_lt_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "term_id", nullable = false)
    long termId;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "group_id")
    Long groupId;

    @Column(name = "subject", nullable = false, length = 1200)
    String subject;

    @Column(name = "held_on", nullable = false)
    LocalDate heldOn;

    @Column(name = "conclusion", length = 12400)
    String conclusion;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_lt_consult_attendee", joinColumns = @JoinColumn(name = "consultation_id"))
    List<AttendeeValue> attendees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_lt_consult_item", joinColumns = @JoinColumn(name = "consultation_id"))
    List<ItemValue> items = new ArrayList<>();
}
