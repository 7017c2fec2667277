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

import org.xuncha.rectification.api.LedgerDraft;

/**
 * Table {@code xc_rectification_handover_pending}: a handover the module opened itself when the
 * reference data named a unit's new top leader, waiting for both leaders' signatures; the open tasks
 * at that moment in {@code xc_rectification_handover_pending_task}.
 */
@Entity
@Table(name = "xc_rectification_handover_pending")
public class PendingHandoverEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_handover_pending_seq", sequenceName = "xc_rectification_handover_pending_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_handover_pending_seq")
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    public String unitName;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "outgoing_leader", nullable = false, length = LedgerDraft.NAME_MAX)
    public String outgoingLeader;

    @Column(name = "incoming_leader", nullable = false, length = LedgerDraft.NAME_MAX)
    public String incomingLeader;

    @Column(name = "incoming_person_id", nullable = false)
    public long incomingPersonId;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_rectification_handover_pending_task", joinColumns = @JoinColumn(name = "pending_id"))
    @OrderColumn(name = "position")
    @Column(name = "task_id", nullable = false)
    public List<Long> taskIds = new ArrayList<>();

    @Column(name = "outgoing_signed_on")
    public LocalDate outgoingSignedOn;

    @Column(name = "incoming_signed_on")
    public LocalDate incomingSignedOn;

    /** The handover recorded once both signed; null while pending. */
    @Column(name = "handover_id")
    public Long handoverId;

    @Column(name = "opened_at", nullable = false)
    public LocalDateTime openedAt;

    /** Unique while pending ({@link #key}), null once handed over: two announcements at once cannot open the same handover twice. */
    @Column(name = "open_key", length = 100)
    public String openKey;

    static String key(long unitId, long incomingPersonId, String outgoingLeader) {
        return unitId + ":" + incomingPersonId + ":" + outgoingLeader;
    }

    PendingHandover toValue() {
        return new PendingHandover(id, handoverId == null ? "PENDING" : "HANDED_OVER", unitId, unitName, divisionCode, outgoingLeader, incomingLeader, incomingPersonId, openedOn, taskIds,
                outgoingSignedOn, incomingSignedOn, handoverId);
    }
}
