package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.RoundRecord;

/** Someone who turned themselves in during a round (主动投案); name and post are SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_surrender")
public class SurrenderEntity extends RoundRecord {

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
}
