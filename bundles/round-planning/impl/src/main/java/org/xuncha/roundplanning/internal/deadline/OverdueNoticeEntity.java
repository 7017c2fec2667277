package org.xuncha.roundplanning.internal.deadline;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/** An overdue item already announced, so that each is announced once. */
@Entity
@Table(name = "xc_rp_overdue_notice")
public class OverdueNoticeEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_overdue_seq", sequenceName = "xc_rp_overdue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_overdue_seq")
    public Long id;

    @Column(name = "item_key", nullable = false, length = 200)
    public String itemKey;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "raised_at", nullable = false)
    public LocalDateTime raisedAt;
}
