package org.xuncha.rectification.internal.review;

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
import javax.persistence.Version;

/** Table {@code xc_rectification_recon}: one 定期对账 of a round's ledgers with another party's figures. */
@Entity
@Table(name = "xc_rectification_recon")
public class ReconciliationEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_recon_seq", sequenceName = "xc_rectification_recon_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_recon_seq")
    public Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 20)
    public JointReviewRules.Party party;

    @Column(name = "taken_on", nullable = false)
    public LocalDate takenOn;

    @Column(name = "differences", nullable = false)
    public int differences;

    @Column(name = "open_differences", nullable = false)
    public int openDifferences;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
