package org.xuncha.roundplanning.internal.round;

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

import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.StageChange;

@Entity
@Table(name = "xc_rp_stage_change")
public class StageChangeEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_stage_change_seq", sequenceName = "xc_rp_stage_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_stage_change_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 20)
    public Stage from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    public Stage to;

    @Column(name = "change_date", nullable = false)
    public LocalDate date;

    @Column(name = "correction", nullable = false)
    public boolean correction;

    @Column(name = "reason", length = 1000)
    public String reason;

    @Column(name = "actor", nullable = false, length = 100)
    public String actor;

    @Column(name = "actor_name", length = 100)
    public String actorName;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime at;

    public StageChange toValue() {
        return new StageChange(id, from, to, date, correction, reason, actor, actorName, at);
    }
}
