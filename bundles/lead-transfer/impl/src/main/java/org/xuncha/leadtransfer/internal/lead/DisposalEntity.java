package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.Sequenced;

/** A disposal the receiver reported; the note is stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_disposal")
public class DisposalEntity extends Sequenced {

    @Column(name = "lead_id", nullable = false)
    long leadId;

    @Enumerated(EnumType.STRING)
    @Column(name = "method", nullable = false, length = 30)
    DisposalMethod method;

    @Column(name = "reported_on", nullable = false)
    LocalDate reportedOn;

    @Column(name = "note", length = 4200)
    String note;

    @Column(name = "reported_by", nullable = false, length = 100)
    String reportedBy;

    @Column(name = "reported_at", nullable = false)
    LocalDateTime reportedAt;
}
