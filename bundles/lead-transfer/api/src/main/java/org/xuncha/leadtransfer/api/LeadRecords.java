package org.xuncha.leadtransfer.api;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Work already done, entered after the fact: an office bringing its past rounds into the system, a
 * migration, or the demo data set. Every step goes through the same services, rules, permission and
 * scope checks and audit as the office's own screens; only the dates are the past days the steps
 * happened on (never in the future, never before the step they follow). Codes are the names of the
 * module's kinds, as its REST interface takes them; an unknown code is a 400.
 *
 * @since 1.2
 */
@ProviderType
public interface LeadRecords {

    /** Problems and leads the caller may see: zero when the module holds none. */
    long count(Caller caller);

    /**
     * A problem found on {@code foundOn} and approved: signed off by the group, reviewed by the office and
     * decided by the leading group (领导小组审定), as the approval sheet requires. The draft needs a category.
     *
     * @return the problem's id
     */
    long recordApprovedProblem(Caller caller, ProblemDraft draft, LocalDate foundOn);

    /**
     * Many approved problems found on {@code foundOn}, in one transaction (for migrations and generated
     * data at scale): each checked and audited as {@link #recordApprovedProblem} does, the approval sheet
     * signed at its three steps; one refused problem refuses the whole list.
     *
     * @return their ids, in the order of {@code drafts}
     */
    List<Long> recordApprovedProblems(Caller caller, List<ProblemDraft> drafts, LocalDate foundOn);

    /**
     * Transfers a registered lead (registered with {@link LeadIntake#raiseLead}).
     *
     * @param receiverKind {@code DISCIPLINE_COMMISSION}, {@code ORGANISATION_DEPT} or {@code OTHER}
     * @param receiverName required for {@code OTHER}
     */
    void transfer(Caller caller, long leadId, String receiverKind, String receiverName, String documentNumber, LocalDate transferredOn);

    /** The receiver acknowledged the lead. */
    void acknowledge(Caller caller, long leadId, LocalDate acknowledgedOn);

    /**
     * The receiver's disposal of the lead.
     *
     * @param method {@code TALK_INQUIRY}, {@code PRELIMINARY_VERIFICATION}, {@code CASE_INVESTIGATION}, {@code CLOSED}, {@code SHELVED}
     */
    void reportDisposal(Caller caller, long leadId, String method, LocalDate reportedOn, String note);

    /**
     * An outcome for people concerned by the lead.
     *
     * @param kind  {@code PARTY_SANCTION}, {@code GOVERNMENT_SANCTION}, {@code ORGANISATIONAL_HANDLING}, {@code DETENTION},
     *              {@code PROSECUTION}
     * @param grade the sanction's grade (e.g. {@code SERIOUS_WARNING}, {@code DEMERIT}), required for a Party sanction, else null
     */
    void reportOutcome(Caller caller, long leadId, String kind, String grade, int people, LocalDate decidedOn, String note);

    /** The lead is concluded (办结). */
    void conclude(Caller caller, long leadId, LocalDate concludedOn, String note);

    /**
     * A person who turned themselves in during a round (主动投案).
     *
     * @param unitId     their unit, may be null
     * @param receivedBy who received them, e.g. the group or the discipline commission
     * @return the record's id
     */
    long recordSurrender(Caller caller, long roundId, Long unitId, String personName, String personPost, LocalDate surrenderedOn,
                         String receivedBy);
}
