package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.GroupFinding;

/** 问题线索. The person concerned (name, post, rank) and the summary are stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_lead")
public class LeadEntity extends GroupFinding {

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

    @Column(name = "summary", length = 8400)
    String summary;

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

    /** What the access rules look at. */
    LeadVisibility.Facts facts() {
        return new LeadVisibility.Facts(divisionCode, groupId, status, receiverKind);
    }
}
