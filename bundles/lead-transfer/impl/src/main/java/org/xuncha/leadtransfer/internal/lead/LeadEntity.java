package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.GroupFinding;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;

/** 问题线索. The person concerned (name, post, rank), the summary and the conclusion note are stored as SM4 ciphertext. */
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

    @Column(name = "conclusion_note", length = 4200)
    String conclusionNote;

    /** The lead if it exists (404) and the caller may see it (403 otherwise). */
    static LeadEntity visible(EntityManager em, Caller caller, long id) {
        LeadEntity l = em.find(LeadEntity.class, id);
        if (l == null) {
            throw ApiException.notFound("问题线索", "lead", id);
        }
        if (!LeadVisibility.of(caller).canSee(l.facts())) {
            throw ApiException.outOfScope();
        }
        return l;
    }

    /**
     * Leads an input lists (e.g. a consultation's): each must exist in the round (400 on
     * {@code field} otherwise) and be one the caller may see (403 naming the field otherwise).
     */
    public static void requireListed(EntityManager em, Caller caller, String field, Collection<Long> ids, long roundId) {
        if (ids.isEmpty()) {
            return;
        }
        List<LeadEntity> found = em.createQuery("select l from LeadEntity l where l.id in :ids and l.roundId = :r", LeadEntity.class)
                .setParameter("ids", ids).setParameter("r", roundId).getResultList();
        if (found.size() != ids.size()) {
            throw ApiException.validation(List.of(new FieldError(field, "not_found", "所列线索不存在或不属于本轮巡察",
                    "a lead listed does not exist or belongs to another round")));
        }
        LeadVisibility visibility = LeadVisibility.of(caller);
        if (!found.stream().allMatch(l -> visibility.canSee(l.facts()))) {
            throw Rounds.outOfScope(field, "所列线索中有您无权查看的", "a lead listed is not one you may see");
        }
    }

    /** What the access rules look at. */
    LeadVisibility.Facts facts() {
        return new LeadVisibility.Facts(divisionCode, groupId, status, receiverKind);
    }
}
