package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.platform.api.persistence.ModuleStore;

/**
 * A lead as clients read it; in lists the summary, the conclusion note, disposals and outcomes are
 * left out. The person concerned is decrypted here, for the caller who may see the lead.
 */
public record LeadView(long id, long termId, long roundId, long groupId, long unitId, Long problemId, String personName,
                       String personPost, String personRank, Long personId, String category, String summary, boolean topLeader,
                       Source source, String sourceRef, LeadStatus status, ReceiverKind receiverKind, String receiverName,
                       String documentNumber, LocalDate transferredOn, LocalDate feedbackDue, boolean overdue, long daysOverdue,
                       LocalDate acknowledgedOn, LocalDate firstFeedbackOn, LocalDate concludedOn, String conclusionNote,
                       String createdBy, LocalDateTime createdAt, long version, List<Disposal> disposals, List<Outcome> outcomes) {

    public record Disposal(long id, DisposalMethod method, LocalDate reportedOn, String note, String reportedBy) {
    }

    public record Outcome(long id, OutcomeKind kind, SanctionGrade grade, int people, LocalDate decidedOn, String note,
                          String reportedBy) {
    }

    /** The lead without its handling; {@code full} adds the summary and the conclusion note. */
    static LeadView of(ModuleStore store, LeadEntity l, LocalDate today, boolean full) {
        return of(store, l, today, full, List.of(), List.of());
    }

    static LeadView of(ModuleStore store, LeadEntity l, LocalDate today, boolean full, List<Disposal> disposals, List<Outcome> outcomes) {
        return new LeadView(l.id, l.termId, l.roundId, l.groupId, l.unitId, l.problemId, store.decrypt(l.personName, l.place("person_name")),
                store.decrypt(l.personPost, l.place("person_post")), store.decrypt(l.personRank, l.place("person_rank")), l.personId,
                l.category, full ? store.decrypt(l.summary, l.place("summary")) : null,
                l.topLeader, l.source, l.sourceRef, l.status, l.receiverKind, l.receiverName, l.documentNumber, l.transferredOn,
                l.feedbackDue, FeedbackClock.overdue(l.status, l.feedbackDue, today), FeedbackClock.daysOverdue(l.status, l.feedbackDue, today),
                l.acknowledgedOn, l.firstFeedbackOn, l.concludedOn, full ? store.decrypt(l.conclusionNote, l.place("conclusion_note")) : null, l.createdBy, l.createdAt,
                l.version, disposals, outcomes);
    }
}
