package org.xuncha.evaluation.internal.todo;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.Stage;

/**
 * What waits in evaluation: a round that entered the 评估 stage with no score yet waits for the office
 * to begin scoring; a round the office has begun to score waits for the rest of the scores and the
 * ranking's publication (逐轮次排名); a 约谈 the ranking rule opened waits for the office to hold it and
 * record it. Counts only, in the caller's divisions; nothing is decrypted. Without round planning the
 * rounds to score are not known, and that item is left out.
 */
@Component(service = EvaluationTodo.class)
public class EvaluationTodo {

    private final ModuleStore store;
    private final Sources sources;

    @Activate
    public EvaluationTodo(@Reference Store store, @Reference Sources sources) {
        this.store = store.db();
        this.sources = sources;
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (!caller.has(EvaluationPermissions.READ)) {
            return items;
        }
        if (caller.has(EvaluationPermissions.SCORE)) {
            add(items, "rounds-to-score", "已进入评估阶段、尚未评分的巡察轮次", "Rounds in evaluation with no score yet", unscored(caller),
                    "/evaluation/sheet");
            Where w = Where.scoped(caller, "s.divisionCode", null).and("s.roundId not in (select r.roundId from RankEntity r)");
            long rounds = store.read(em -> w.bind(em.createQuery("select count(distinct s.roundId) from ScoreEntity s" + w.sql(), Long.class))
                    .getSingleResult());
            add(items, "rounds-to-rank", "已开始评分、尚未发布排名的巡察轮次", "Rounds scored but not yet ranked", rounds, "/evaluation/sheet");
        }
        if (caller.has(EvaluationPermissions.TALK)) {
            Where w = Where.scoped(caller, "t.divisionCode", null).and("t.heldOn is null");
            long talks = store.read(em -> w.bind(em.createQuery("select count(t) from TalkEntity t" + w.sql(), Long.class)).getSingleResult());
            add(items, "talks-due", "待开展的约谈", "Talks waiting to be held", talks, "/evaluation/talks");
        }
        return items;
    }

    /** Rounds of the caller's scope now in 评估 that have no score at all (0 while round planning is away). */
    private long unscored(Caller caller) {
        if (!sources.rounds().present()) {
            return 0;
        }
        List<Long> inEvaluation;
        try {
            inEvaluation = sources.rounds().ask(d -> d.roundsInStage(Stage.ASSESSMENT)).stream()
                    .filter(r -> caller.scope().coversDivision(r.divisionCode()) && caller.scope().coversRound(r.id()))
                    .map(RoundRef::id).toList();
        } catch (RuntimeException gone) {   // round planning went away meanwhile (503): nothing to tell
            return 0;
        }
        if (inEvaluation.isEmpty()) {
            return 0;
        }
        long scored = store.read(em -> em.createQuery("select count(distinct s.roundId) from ScoreEntity s where s.roundId in :ids", Long.class)
                .setParameter("ids", inEvaluation).getSingleResult());
        return inEvaluation.size() - scored;
    }

    private static void add(List<TodoItem> items, String id, String zh, String en, long count, String link) {
        if (count > 0) {
            items.add(new TodoItem(EvaluationEvents.MODULE + "." + id, zh, en, (int) count, link, null, false));
        }
    }
}
