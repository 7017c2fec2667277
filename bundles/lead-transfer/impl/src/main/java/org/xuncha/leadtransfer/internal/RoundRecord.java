package org.xuncha.leadtransfer.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/** A record made in a round (problem, lead, self-surrender, consultation, joint operation): who made it, when, and where it belongs. */
@MappedSuperclass
public abstract class RoundRecord extends Sequenced {

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "term_id", nullable = false)
    public long termId;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    /** Places a new record in a round, made now by {@code username}. */
    public void place(String division, long term, long round, String username, LocalDateTime now) {
        this.divisionCode = division;
        this.termId = term;
        this.roundId = round;
        this.createdBy = username;
        this.createdAt = now;
    }
}
