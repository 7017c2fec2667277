package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Sequenced;
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

    /**
     * What a list shows of a lead, as the paths {@link #listed} reads in this order: a list selects
     * these fields rather than whole entities, so no entity is built for it (nor its working copy)
     * and neither the summary nor the conclusion note, which a list leaves out, is read.
     */
    static final String LIST_SELECT = "l.id, l.termId, l.roundId, l.groupId, l.unitId, l.problemId, l.personName, l.personPost, "
            + "l.personRank, l.personId, l.category, l.topLeader, l.source, l.sourceRef, l.status, l.receiverKind, l.receiverName, "
            + "l.documentNumber, l.transferredOn, l.feedbackDue, l.acknowledgedOn, l.firstFeedbackOn, l.concludedOn, l.createdBy, "
            + "l.createdAt, l.version";

    /** A row of {@link #LIST_SELECT} as a list shows it: what {@code of(store, lead, today, false)} gives for that lead. */
    static LeadView listed(ModuleStore store, Object[] r, LocalDate today) {
        long id = (Long) r[0];
        LeadStatus status = (LeadStatus) r[14];
        LocalDate feedbackDue = (LocalDate) r[19];
        return new LeadView(id, (Long) r[1], (Long) r[2], (Long) r[3], (Long) r[4], (Long) r[5],
                store.decrypt((String) r[6], Sequenced.place(LeadEntity.class, "person_name", id)),
                store.decrypt((String) r[7], Sequenced.place(LeadEntity.class, "person_post", id)),
                store.decrypt((String) r[8], Sequenced.place(LeadEntity.class, "person_rank", id)), (Long) r[9], (String) r[10], null,
                (Boolean) r[11], (Source) r[12], (String) r[13], status, (ReceiverKind) r[15], (String) r[16], (String) r[17],
                (LocalDate) r[18], feedbackDue, FeedbackClock.overdue(status, feedbackDue, today), FeedbackClock.daysOverdue(status, feedbackDue, today),
                (LocalDate) r[20], (LocalDate) r[21], (LocalDate) r[22], null, (String) r[23], (LocalDateTime) r[24], (Long) r[25],
                List.of(), List.of());
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
