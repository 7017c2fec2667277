package org.xuncha.evaluation.internal.todo;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;

/**
 * What waits in evaluation: a round the office has begun to score waits for the rest of the scores and
 * the ranking's publication (逐轮次排名), and a 约谈 the ranking rule opened waits for the office to hold
 * it and record it. Counts only, in the caller's divisions; nothing is decrypted.
 */
@Component(service = EvaluationTodo.class)
public class EvaluationTodo {

    private final ModuleStore store;

    @Activate
    public EvaluationTodo(@Reference Store store) {
        this.store = store.db();
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (!caller.has(EvaluationPermissions.READ)) {
            return items;
        }
        if (caller.has(EvaluationPermissions.SCORE)) {
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

    private static void add(List<TodoItem> items, String id, String zh, String en, long count, String link) {
        if (count > 0) {
            items.add(new TodoItem(EvaluationEvents.MODULE + "." + id, zh, en, (int) count, link, null, false));
        }
    }
}
