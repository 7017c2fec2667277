package org.xuncha.rectification.internal.handover;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.rectification.api.Handover;
import org.xuncha.rectification.api.LedgerDraft;

/** Table {@code xc_rectification_handover}, with the tasks handed over in {@code xc_rectification_handover_task}. */
@Entity
@Table(name = "xc_rectification_handover")
public class HandoverEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_handover_seq", sequenceName = "xc_rectification_handover_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_handover_seq")
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    public String unitName;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "outgoing_leader", nullable = false, length = LedgerDraft.NAME_MAX)
    public String outgoingLeader;

    @Column(name = "incoming_leader", nullable = false, length = LedgerDraft.NAME_MAX)
    public String incomingLeader;

    @Column(name = "incoming_person_id")
    public Long incomingPersonId;

    @Column(name = "handed_over_on", nullable = false)
    public LocalDate handedOverOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_rectification_handover_task", joinColumns = @JoinColumn(name = "handover_id"))
    @OrderColumn(name = "position")
    @Column(name = "task_id", nullable = false)
    public List<Long> taskIds = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    public Handover toValue() {
        return new Handover(id, unitId, unitName, divisionCode, roundId, outgoingLeader, incomingLeader, incomingPersonId, handedOverOn,
                taskIds, recordedBy, recordedAt);
    }
}
