package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.leadtransfer.internal.RoundRecord;
import org.xuncha.leadtransfer.api.Source;

/** 问题线索. The person concerned (name, post, rank) and the summary are stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_lead")
public class LeadEntity extends RoundRecord {

    @Column(name = "group_id", nullable = false)
    long groupId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "problem_id")
    Long problemId;

    @Column(name = "person_name", nullable = false, length = 600)
    String personName;

    @Column(name = "person_post", length = 600)
    String personPost;

    @Column(name = "person_rank", length = 600)
    String personRank;

    @Column(name = "person_id")
    Long personId;

    @Column(name = "category", length = 40)
    String category;

    @Column(name = "summary", length = 8400)
    String summary;

    @Column(name = "top_leader", nullable = false)
    boolean topLeader;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    Source source;

    @Column(name = "source_ref", length = 200)
    String sourceRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    LeadStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "receiver_kind", length = 30)
    ReceiverKind receiverKind;

    @Column(name = "receiver_name", length = 100)
    String receiverName;

    @Column(name = "document_number", length = 100)
    String documentNumber;

    @Column(name = "transferred_on")
    LocalDate transferredOn;

    @Column(name = "transferred_by", length = 100)
    String transferredBy;

    @Column(name = "acknowledged_on")
    LocalDate acknowledgedOn;

    @Column(name = "acknowledged_by", length = 100)
    String acknowledgedBy;

    @Column(name = "feedback_due")
    LocalDate feedbackDue;

    @Column(name = "first_feedback_on")
    LocalDate firstFeedbackOn;

    @Column(name = "concluded_on")
    LocalDate concludedOn;

    @Column(name = "overdue_notified_on")
    LocalDate overdueNotifiedOn;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** What the access rules look at. */
    LeadVisibility.Facts facts() {
        return new LeadVisibility.Facts(divisionCode, groupId, status, receiverKind);
    }
}
