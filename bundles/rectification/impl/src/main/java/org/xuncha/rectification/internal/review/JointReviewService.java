package org.xuncha.rectification.internal.review;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.LedgerEntity;
import org.xuncha.rectification.internal.review.JointReviewRules.Conclusion;
import org.xuncha.rectification.internal.review.JointReviewRules.Party;

/**
 * 三方联审: the office opens a joint review of a unit's ledger; the discipline commission, the
 * organisation department and the office each give their opinion (stored encrypted); the office
 * records the combined conclusion once all three have spoken. Scope as the ledger's.
 */
@Component(service = JointReviewService.class)
public class JointReviewService {

    /** What the office opens: the day of the review. */
    public record Draft(LocalDate heldOn) {
    }

    /** A party's opinion. */
    public record Opinion(Party party, String opinion) {
    }

    /** The combined conclusion, with an optional text. */
    public record ConclusionDraft(Conclusion conclusion, String text) {
    }

    /** A joint review as read; an opinion not given yet is null. */
    public record JointReview(long id, long ledgerId, long roundId, long unitId, LocalDate heldOn, String disciplineOpinion,
                              String disciplineBy, String organisationOpinion, String organisationBy, String officeOpinion, String officeBy,
                              Conclusion conclusion, String conclusionText, LocalDate concludedOn, String recordedBy, LocalDateTime recordedAt,
                              long version) {
    }

    private final ModuleStore store;
    private final Access access;

    @Activate
    public JointReviewService(@Reference Store store, @Reference Access access) {
        this.store = store.db();
        this.access = access;
    }

    public JointReview open(Caller caller, long ledgerId, Draft draft) {
        caller.require(RectificationPermissions.MANAGE);
        return store.write(em -> {
            LedgerEntity l = em.find(LedgerEntity.class, ledgerId);
            if (l == null) {
                new Checks().add("ledgerId", "not_found", "整改台账不存在：" + ledgerId, "No such ledger: " + ledgerId).throwIfInvalid();
            }
            access.require(caller, l.divisionCode, l.groupId, l.unitId);
            JointReviewRules.checkOpen(draft == null ? null : draft.heldOn(), l.feedbackDate);
            JointReviewEntity r = new JointReviewEntity();
            r.ledgerId = l.id;
            r.roundId = l.roundId;
            r.unitId = l.unitId;
            r.divisionCode = l.divisionCode;
            r.groupId = l.groupId;
            r.heldOn = draft.heldOn();
            r.recordedBy = caller.username();
            r.recordedAt = store.now();
            em.persist(r);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "joint-review", r.id, "发起三方联审（台账 " + l.id + "）");
            return value(r);
        });
    }

    /** A party gives (or corrects) its opinion before the conclusion. */
    public JointReview opinion(Caller caller, long id, Opinion opinion) {
        caller.require(RectificationPermissions.REVIEW);
        return store.write(em -> {
            JointReviewEntity r = find(em, caller, id);
            JointReviewRules.checkOpinion(opinion == null ? null : opinion.party(), opinion == null ? null : opinion.opinion());
            if (!JointReviewRules.speaksFor(caller, opinion.party())) {
                throw JointReviewRules.wrongParty(opinion.party());
            }
            JointReviewRules.requireOpen(r);
            String sealed = store.encrypt(JointReviewRules.trim(opinion.opinion()), r.place(opinion.party()));
            switch (opinion.party()) {
                case DISCIPLINE -> {
                    r.disciplineOpinion = sealed;
                    r.disciplineBy = caller.username();
                }
                case ORGANISATION -> {
                    r.organisationOpinion = sealed;
                    r.organisationBy = caller.username();
                }
                case OFFICE -> {
                    r.officeOpinion = sealed;
                    r.officeBy = caller.username();
                }
            }
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "joint-review", r.id, "三方联审意见（" + opinion.party().nameZh() + "）");
            return value(r);
        });
    }

    public JointReview conclude(Caller caller, long id, ConclusionDraft draft) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        return store.write(em -> {
            JointReviewEntity r = find(em, caller, id);
            JointReviewRules.requireOpen(r);
            JointReviewRules.checkConclusion(r, draft == null ? null : draft.conclusion(), draft == null ? null : draft.text());
            r.conclusion = draft.conclusion();
            r.conclusionText = JointReviewRules.trim(draft.text());
            r.concludedOn = today;
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "joint-review", r.id, "三方联审结论：" + r.conclusion.nameZh());
            return value(r);
        });
    }

    public JointReview review(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> value(find(em, caller, id)));
    }

    /** Filtered by ledger, round and unit when given; the latest first unless sorted. */
    public Page<JointReview> reviews(Caller caller, Long ledgerId, Long roundId, Long unitId, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> access.scoped(caller, "r").eq("r.ledgerId", "ledgerId", ledgerId).eq("r.roundId", "roundId", roundId)
                .eq("r.unitId", "unitId", unitId)
                .page(em, JointReviewEntity.class, "r", Where.orderBy(page, JointReviewRules.SORT, "r.id"), page).map(this::value));
    }

    private JointReviewEntity find(EntityManager em, Caller caller, long id) {
        JointReviewEntity r = em.find(JointReviewEntity.class, id);
        if (r == null) {
            throw ApiException.notFound("三方联审", "joint review", id);
        }
        access.require(caller, r.divisionCode, r.groupId, r.unitId);
        return r;
    }

    private JointReview value(JointReviewEntity r) {
        return new JointReview(r.id, r.ledgerId, r.roundId, r.unitId, r.heldOn, open(r.disciplineOpinion, r, Party.DISCIPLINE), r.disciplineBy,
                open(r.organisationOpinion, r, Party.ORGANISATION), r.organisationBy, open(r.officeOpinion, r, Party.OFFICE), r.officeBy,
                r.conclusion, r.conclusionText, r.concludedOn, r.recordedBy, r.recordedAt, r.version);
    }

    private String open(String sealed, JointReviewEntity r, Party party) {
        return sealed == null ? null : store.decrypt(sealed, r.place(party));
    }
}
