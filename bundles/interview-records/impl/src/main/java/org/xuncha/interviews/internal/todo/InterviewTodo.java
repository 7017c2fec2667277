package org.xuncha.interviews.internal.todo;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.Store;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRole;

/**
 * What waits in interview records: a draft record waits for its sign-off by the recorder or the group's
 * leader (the two who may give it), and a planned interview with a member of the leadership whose outline
 * lacks the mandatory topic (必谈内容) waits for the group to add it before the interview is held. Counts
 * only, in the caller's scope: nothing is decrypted, so nothing is audited.
 */
@Component(service = InterviewTodo.class)
public class InterviewTodo {

    private static final String PREFIX = InterviewRecordsEvents.MODULE + ".";

    private final ModuleStore db;
    private final Rounds rounds;

    @Activate
    public InterviewTodo(@Reference Store store, @Reference Rounds rounds) {
        this.db = store.db();
        this.rounds = rounds;
    }

    public List<TodoItem> items(Caller caller) {
        List<TodoItem> items = new ArrayList<>();
        if (caller.has(InterviewRecordsPermissions.RECORD_WRITE) && caller.personId() != null) {
            add(items, "records-to-sign", "待签字确认的谈话记录", "Interview records waiting for sign-off", recordsToSign(caller),
                    "/interviews/records");
        }
        if (caller.has(InterviewRecordsPermissions.PLAN_WRITE)) {
            Where w = ScopedEntity.where(caller, "e", null).eq("e.status", "planned", PlannedStatus.PLANNED)
                    .in("e.category", "leadership", List.of(IntervieweeCategory.TOP_LEADER, IntervieweeCategory.LEADING_GROUP))
                    .and("e.id not in (select c.id from PlannedEntity c join c.topics t where t.code = :mandatory)", "mandatory",
                            Topic.MANDATORY);
            long missing = db.read(em -> w.bind(em.createQuery("select count(e) from PlannedEntity e" + w.sql(), Long.class)).getSingleResult());
            add(items, "outlines-missing-topic", "谈话提纲缺少必谈内容的班子成员谈话", "Leadership interviews whose outline lacks the mandatory topic",
                    missing, "/interviews/plans");
        }
        return items;
    }

    /** Drafts the caller records, and every draft of a group the caller leads: one grouped count, then the few groups looked up. */
    private long recordsToSign(Caller caller) {
        long me = caller.personId();
        Where w = ScopedEntity.where(caller, "r", null).eq("r.status", "draft", RecordStatus.DRAFT);
        List<Object[]> rows = db.read(em -> w.bind(em.createQuery("select r.groupId, r.recorderId, count(r) from RecordEntity r" + w.sql()
                + " group by r.groupId, r.recorderId", Object[].class)).getResultList());
        long n = 0;
        for (Object[] row : rows) {
            if (((Long) row[1]) == me || leads(me, (Long) row[0])) {
                n += (Long) row[2];
            }
        }
        return n;
    }

    /** Whether the person leads the group; while round planning is away nobody is taken for a leader, as at sign-off. */
    private boolean leads(long person, long groupId) {
        try {
            return rounds.group(groupId).members().stream().anyMatch(m -> m.personId() == person && m.role() == GroupRole.LEADER);
        } catch (ApiException roundPlanningAway) {
            return false;
        }
    }

    private static void add(List<TodoItem> items, String id, String zh, String en, long count, String link) {
        if (count > 0) {
            items.add(new TodoItem(PREFIX + id, zh, en, (int) count, link, null, false));
        }
    }
}
