package org.xuncha.evaluation.internal.assessment;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.AssessmentService;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.internal.Settings;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.LedgerSummary;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Rectification assessment per round and unit. The unit's ledger figures are read from the
 * rectification module when it is installed and kept with the assessment (the notice cites them as
 * they were); without it the assessment is still made, its figures empty.
 */
@Component(service = {AssessmentService.class, AssessmentServiceImpl.class})
public class AssessmentServiceImpl implements AssessmentService {

    private final ModuleStore store;
    private final Sources sources;
    private final Settings settings;

    @Activate
    public AssessmentServiceImpl(@Reference Store store, @Reference Sources sources, @Reference Settings settings) {
        this.store = store.db();
        this.sources = sources;
        this.settings = settings;
    }

    @Override
    public List<Assessment> assessments(Caller caller, long roundId) {
        caller.require(EvaluationPermissions.READ);
        return store.read(em -> Where.scoped(caller, "a.divisionCode", null, "a.roundId").eq("a.roundId", "roundId", roundId)
                .list(em, AssessmentEntity.class, "a", " order by a.unitId").stream().map(AssessmentEntity::toValue).toList());
    }

    @Override
    public long count(Caller caller) {
        caller.require(EvaluationPermissions.READ);
        return store.read(em -> Where.scoped(caller, "a.divisionCode", null, "a.roundId").count(em, AssessmentEntity.class, "a"));
    }

    @Override
    public Assessment assess(Caller caller, AssessmentDraft d) {
        caller.require(EvaluationPermissions.ASSESS);
        AssessmentRules.check(d);
        List<AssessmentRules.Indicator> indicators = settings.assessmentIndicators();
        int total = AssessmentRules.total(d, indicators);
        // kept in the configured order, so the notice lists them as the office set them out
        String scores = d.scores() == null || d.scores().isEmpty() ? null
                : String.join(";", indicators.stream().map(i -> i.code() + "=" + d.scores().get(i.code())).toList());
        RoundRef round = sources.round(caller, d.roundId());
        GroupRef group = sources.rounds().ask(dir -> dir.groupForTarget(round.id(), d.unitId())).orElse(null);
        new Checks().check(group == null, "unitId", "invalid", "该单位不是本轮巡察对象：" + d.unitId(), "The unit is not a target of the round: " + d.unitId())
                .throwIfInvalid();
        if (!caller.scope().coversUnit(d.unitId())) {
            throw ApiException.outOfScope();
        }
        LedgerSummary ledger = ledger(caller, round.id(), d.unitId());
        Assessment saved = store.write(em -> {
            AssessmentEntity a = em.createQuery("select a from AssessmentEntity a where a.roundId = :r and a.unitId = :u", AssessmentEntity.class)
                    .setParameter("r", round.id()).setParameter("u", d.unitId()).getResultStream().findFirst().orElse(null);
            boolean created = a == null;
            if (created) {
                a = new AssessmentEntity();
                a.divisionCode = round.divisionCode();
                a.roundId = round.id();
                a.unitId = d.unitId();
            }
            a.score = total;
            a.scores = scores;
            a.grade = AssessmentRules.grade(total, settings.thresholds()).name();
            a.typicalCase = Boolean.TRUE.equals(d.typicalCase());
            a.note = d.note() == null || d.note().isBlank() ? null : d.note().trim();
            a.tasks = ledger == null ? null : ledger.tasks();
            a.closed = ledger == null ? null : ledger.closed();
            a.assessedBy = caller.username();
            a.assessedAt = store.now();
            if (created) {
                em.persist(a);
            }
            em.flush();
            store.audit(em, caller, created ? AuditAction.CREATE : AuditAction.UPDATE, "assessment", a.id,
                    "整改评估：轮次 " + round.id() + " 单位 " + d.unitId() + " 得分 " + total + (a.typicalCase ? "（典型案例）" : ""));
            return a.toValue();
        });
        store.post(EvaluationEvents.ASSESSED, caller, saved.id(), EvaluationEvents.ROUND_ID, saved.roundId());
        return saved;
    }

    /** The unit's ledger, or null when rectification is not installed, keeps none, or the caller may not read it. */
    private LedgerSummary ledger(Caller caller, long roundId, long unitId) {
        if (!sources.rectification().present()) {
            return null;
        }
        try {
            return sources.rectification().ask(r -> r.summaries(caller, roundId, unitId)).stream().findFirst().orElse(null);
        } catch (ApiException e) {
            if (e.status() == 503 || e.status() == 403) {
                return null;
            }
            throw e;
        }
    }
}
