package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.Sequenced;

/** An outcome the receiver reported, with the number of people it concerns; the note is SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_outcome")
public class OutcomeEntity extends Sequenced {

    @Column(name = "lead_id", nullable = false)
    long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    OutcomeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 40)
    SanctionGrade grade;

    @Column(name = "people", nullable = false)
    int people;

    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    @Column(name = "note", length = 4200)
    String note;

    @Column(name = "reported_by", nullable = false, length = 100)
    String reportedBy;

    @Column(name = "reported_at", nullable = false)
    LocalDateTime reportedAt;
}
