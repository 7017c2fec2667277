package org.xuncha.roundplanning.internal.round;

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

import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.ApprovalBody;

@Entity
@Table(name = "xc_rp_approval")
public class ApprovalEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_approval_seq", sequenceName = "xc_rp_approval_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_approval_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body", nullable = false, length = 20)
    public ApprovalBody body;

    @Column(name = "approved", nullable = false)
    public boolean approved;

    @Column(name = "opinion", length = 2000)
    public String opinion;

    @Column(name = "actor", nullable = false, length = 100)
    public String actor;

    @Column(name = "actor_name", length = 100)
    public String actorName;

    @Column(name = "decided_at", nullable = false)
    public LocalDateTime at;

    public Approval toValue() {
        return new Approval(id, body, approved, opinion, actor, actorName, at);
    }
}
