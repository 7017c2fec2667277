package org.xuncha.roundplanning.internal.round;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.roundplanning.api.Amendment;

@Entity
@Table(name = "xc_rp_amendment")
public class AmendmentEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_amendment_seq", sequenceName = "xc_rp_amendment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_amendment_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "reason", nullable = false, length = 2000)
    public String reason;

    @Column(name = "opened_by", nullable = false, length = 100)
    public String openedBy;

    @Column(name = "opened_by_name", length = 100)
    public String openedByName;

    @Column(name = "opened_at", nullable = false)
    public LocalDateTime openedAt;

    @Column(name = "closed_by", length = 100)
    public String closedBy;

    @Column(name = "closed_at")
    public LocalDateTime closedAt;

    @ElementCollection
    @CollectionTable(name = "xc_rp_amendment_change", joinColumns = @JoinColumn(name = "amendment_id"))
    @Column(name = "summary", length = 1000)
    @OrderColumn(name = "seq")
    public List<String> changes = new ArrayList<>();

    public Amendment toValue() {
        return new Amendment(id, reason, openedBy, openedByName, openedAt, closedBy, closedAt, changes);
    }
}
