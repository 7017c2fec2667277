package org.xuncha.evaluation.internal.talk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.Talk;
import org.xuncha.evaluation.api.TalkDraft;
import org.xuncha.evaluation.api.TalkService;
import org.xuncha.evaluation.internal.Settings;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 约谈 records: opened by the ranking rule when a ranking is published ({@link #applyRule}, in the
 * publication's transaction), then completed by the office. What was said is stored encrypted,
 * bound to its row, and never logged.
 */
@Component(service = {TalkService.class, TalkServiceImpl.class})
public class TalkServiceImpl implements TalkService {

    private static final Map<String, String> SORT = Map.of("id", "t.id", "openedAt", "t.openedAt");

    private final ModuleStore store;
    private final Settings settings;

    @Activate
    public TalkServiceImpl(@Reference Store store, @Reference Settings settings) {
        this.store = store.db();
        this.settings = settings;
    }

    /**
     * Applies the rule to the published rankings of the round's term (oldest first, the round's
     * own last) and opens a record for each leader it flags who has none for this round yet.
     *
     * @return the ids of the records opened
     */
    public List<Long> applyRule(EntityManager em, Caller caller, RoundRef round, List<List<TalkRules.Place>> rankings) {
        int n = settings.talkBottom();
        int m = settings.talkRounds();
        List<Long> opened = new ArrayList<>();
        for (Long leader : TalkRules.flagged(rankings, n, m).stream().sorted().toList()) {
            boolean exists = !em.createQuery("select t.id from TalkEntity t where t.roundId = :r and t.leaderPersonId = :p", Long.class)
                    .setParameter("r", round.id()).setParameter("p", leader).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            TalkEntity t = new TalkEntity();
            t.divisionCode = round.divisionCode();
            t.leaderPersonId = leader;
            t.roundId = round.id();
            t.reason = TalkRules.reason(n, m);
            t.openedAt = store.now();
            em.persist(t);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "talk", t.id, "约谈规则触发：组长 " + leader + "，" + t.reason);
            opened.add(t.id);
        }
        return opened;
    }

    @Override
    public Page<Talk> talks(Caller caller, Long roundId, PageRequest page) {
        caller.require(EvaluationPermissions.READ);
        return store.read(em -> Where.scoped(caller, "t.divisionCode", null, "t.roundId").eq("t.roundId", "roundId", roundId)
                .page(em, TalkEntity.class, "t", Where.orderBy(page, SORT, "t.id"), page).map(t -> toValue(t, false)));
    }

    @Override
    public Talk talk(Caller caller, long id) {
        caller.require(EvaluationPermissions.READ);
        TalkEntity t = store.read(em -> em.find(TalkEntity.class, id));
        requireScope(caller, t, id);
        store.audit(caller, AuditAction.READ, "talk", id, "查看约谈记录");
        return toValue(t, true);
    }

    @Override
    public Talk record(Caller caller, long id, TalkDraft d) {
        caller.require(EvaluationPermissions.TALK);
        if (d == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks().required("heldOn", d.heldOn(), "约谈日期", "date")
                .check(d.heldOn() != null && d.heldOn().isAfter(store.today()), "heldOn", "out_of_range", "约谈日期不能晚于今天",
                        "The date must not be in the future")
                .required("heldBy", blankToNull(d.heldBy()), "约谈人", "who talked")
                .maxLength("heldBy", trim(d.heldBy()), TalkDraft.HELD_BY_MAX, "约谈人", "who talked")
                .required("said", blankToNull(d.said()), "约谈内容", "what was said")
                .maxLength("said", trim(d.said()), TalkDraft.TEXT_MAX, "约谈内容", "what was said")
                .maxLength("followUp", trim(d.followUp()), TalkDraft.TEXT_MAX, "后续跟进", "follow-up")
                .required("version", d.version(), "版本", "version")
                .throwIfInvalid();
        Talk saved = store.write(em -> {
            TalkEntity t = em.find(TalkEntity.class, id);
            requireScope(caller, t, id);
            if (t.version != d.version()) {
                throw ApiException.conflict("stale", "该记录已被他人修改，请刷新后重试", "The record was changed meanwhile; reload and retry");
            }
            t.heldOn = d.heldOn();
            t.heldBy = trim(d.heldBy());
            t.said = store.encrypt(trim(d.said()), FieldContext.of(TalkEntity.TABLE, "said", t.id));
            t.followUp = blankToNull(trim(d.followUp()));
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "talk", t.id, "记录约谈情况");
            return toValue(t, true);
        });
        return saved;
    }

    private static void requireScope(Caller caller, TalkEntity t, long id) {
        if (t == null) {
            throw ApiException.notFound("约谈记录", "talk record", id);
        }
        caller.requireDivision(t.divisionCode);
        if (!caller.scope().coversRound(t.roundId)) {
            throw ApiException.outOfScope();
        }
    }

    /** A list leaves out what was said: it is read one record at a time, and that read is audited. */
    private Talk toValue(TalkEntity t, boolean withSaid) {
        String said = t.said == null || !withSaid ? null : store.decrypt(t.said, FieldContext.of(TalkEntity.TABLE, "said", t.id));
        return new Talk(t.id, t.leaderPersonId, t.roundId, t.reason, t.openedAt, t.heldOn, t.heldBy, said, t.followUp, t.version);
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
