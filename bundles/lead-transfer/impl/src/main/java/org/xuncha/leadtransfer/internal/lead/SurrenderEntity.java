package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** Someone who turned themselves in during a round (主动投案); name and post are SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_surrender")
public class SurrenderEntity {

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

    @Column(name = "unit_id")
    Long unitId;

    @Column(name = "person_name", nullable = false, length = 600)
    String personName;

    @Column(name = "person_post", length = 600)
    String personPost;

    @Column(name = "surrendered_on", nullable = false)
    LocalDate surrenderedOn;

    @Column(name = "received_by", nullable = false, length = 100)
    String receivedBy;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;
}
