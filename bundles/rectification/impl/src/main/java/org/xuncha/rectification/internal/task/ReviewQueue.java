package org.xuncha.rectification.internal.task;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;

/**
 * The office's review queue (销号审核): the tasks in its scope whose closure the unit asked for, each
 * with the request under review and how many evidence files prove it, the longest waiting first. The
 * office decides through {@code TaskService.decideClosure}.
 */
@Component(service = ReviewQueue.class)
public class ReviewQueue {

    /**
     * A closure request waiting for the office.
     *
     * @param task    the task
     * @param request the closure request (its day, text, evidence described, who asked)
     * @param files   evidence files attached to the request
     */
    public record Review(Task task, TaskEntry request, int files) {
    }

    private final ModuleStore store;
    private final Access access;
    private final EvidenceService evidence;

    @Activate
    public ReviewQueue(@Reference Store store, @Reference Access access, @Reference EvidenceService evidence) {
        this.store = store.db();
        this.access = access;
        this.evidence = evidence;
    }

    public Page<Review> queue(Caller caller, Long roundId, Long unitId, PageRequest page) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        Page<Review> reviews = store.read(em -> access.scoped(caller, "t").eq("t.status", "status", TaskStatus.CLOSURE_REQUESTED)
                .eq("t.roundId", "roundId", roundId).eq("t.unitId", "unitId", unitId)
                .page(em, TaskEntity.class, "t", Where.orderBy(page, TaskRules.SORT, "t.id"), page)
                .map(t -> {
                    Long last = EvidenceService.lastRequest(em, t.id);
                    TaskEntry request = last == null ? null : em.find(TaskEntryEntity.class, last).toValue();
                    return new Review(t.toValue(today, store.decrypt(t.problem, TaskEntity.place(t.id))), request, 0);
                }));
        return reviews.map(r -> r.request() == null ? r : new Review(r.task(), r.request(), evidence.count(r.request().id())));
    }
}
