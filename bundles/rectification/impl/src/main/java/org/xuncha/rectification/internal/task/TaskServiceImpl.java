package org.xuncha.rectification.internal.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.Phase;
import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.RectificationEvents;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskChange;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskEntry;
import org.xuncha.rectification.api.TaskQuery;
import org.xuncha.rectification.api.TaskService;
import org.xuncha.rectification.api.TaskStatus;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Problems;
import org.xuncha.rectification.internal.Settings;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.ledger.LedgerEntity;
import org.xuncha.rectification.internal.ledger.ReportClock;

/**
 * Tasks: the office enters them and decides on closure; the unit plans, reports progress and asks
 * for closure. Each step is one transaction with its audit record and its history entry, so a step
 * that fails midway leaves the task as it was.
 */
@Component(service = TaskService.class)
public class TaskServiceImpl implements TaskService {

    private final ModuleStore store;
    private final Access access;
    private final Problems problems;
    private final Settings settings;

    @Activate
    public TaskServiceImpl(@Reference Store store, @Reference Access access, @Reference Problems problems, @Reference Settings settings) {
        this.store = store.db();
        this.access = access;
        this.problems = problems;
        this.settings = settings;
    }

    @Override
    public Page<Task> tasks(Caller caller, TaskQuery query, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        TaskQuery q = query == null ? new TaskQuery(null, null, null, null, null, null) : query;
        LocalDate today = store.today();
        return store.read(em -> {
            if (q.ledgerId() != null) {
                ledger(em, caller, q.ledgerId());
            }
            Where w = access.scoped(caller, "t").eq("t.ledgerId", "ledgerId", q.ledgerId()).eq("t.roundId", "roundId", q.roundId())
                    .eq("t.unitId", "unitId", q.unitId()).eq("t.status", "status", q.status()).eq("t.phase", "phase", q.phase());
            if (q.overdue() != null) {
                w.param("closedStatus", TaskStatus.CLOSED).param("today", today)
                        .and(q.overdue() ? "(t.status <> :closedStatus and t.deadline < :today)" : "(t.status = :closedStatus or t.deadline >= :today)");
            }
            return w.page(em, TaskEntity.class, "t", Where.orderBy(page, TaskRules.SORT, "t.id"), page).map(t -> value(t, today));
        });
    }

    @Override
    public Task task(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        LocalDate today = store.today();
        return store.read(em -> value(find(em, caller, id), today));
    }

    @Override
    public Task add(Caller caller, long ledgerId, TaskDraft draft) {
        caller.require(RectificationPermissions.MANAGE);
        Task added = store.write(em -> {
            LedgerEntity l = ledger(em, caller, ledgerId);
            TaskRules.check(draft, l.feedbackDate);
            TaskEntity t = newTask(caller, l, draft);
            persist(em, t, draft.problem());
            store.audit(em, caller, AuditAction.CREATE, "task", t.id, "新增整改任务（台账 " + l.id + "）");
            return value(t, store.today());
        });
        return added;
    }

    /**
     * The approved problems of the ledger's unit and round not yet in the ledger, as tasks due with
     * the reports (the concentrated period): read from lead transfer as the caller, who needs its
     * permission to read problems; all added in one transaction, or none.
     */
    @Override
    public List<Task> importApproved(Caller caller, long ledgerId) {
        caller.require(RectificationPermissions.MANAGE);
        LedgerEntity ledger = store.read(em -> ledger(em, caller, ledgerId));
        List<ApprovedProblem> approved = problems.approved(caller, ledger.roundId, ledger.unitId);
        List<Task> added = store.write(em -> {
            LedgerEntity l = ledger(em, caller, ledgerId);
            Set<Long> present = new HashSet<>(em.createQuery("select t.sourceProblemId from TaskEntity t where t.ledgerId = :l "
                    + "and t.sourceProblemId is not null", Long.class).setParameter("l", l.id).getResultList());
            LocalDate due = ReportClock.due(l.feedbackDate, settings.reportMonths());
            List<Task> tasks = new ArrayList<>();
            for (ApprovedProblem p : approved) {
                if (present.contains(p.id()) || p.roundId() != l.roundId || p.unitId() != l.unitId) {
                    continue;
                }
                String text = p.description().length() <= TaskDraft.PROBLEM_MAX ? p.description() : p.description().substring(0, TaskDraft.PROBLEM_MAX);
                TaskDraft d = new TaskDraft(text, null, null, null, due, p.id());
                TaskEntity t = newTask(caller, l, d);
                persist(em, t, d.problem());
                store.audit(em, caller, AuditAction.CREATE, "task", t.id, "由巡察发现问题生成整改任务（问题 " + p.id() + "）");
                tasks.add(value(t, store.today()));
            }
            return tasks;
        });
        return added;
    }

    @Override
    public Task change(Caller caller, long id, TaskChange change) {
        caller.requireAny(RectificationPermissions.MANAGE, RectificationPermissions.REPORT);
        boolean office = caller.has(RectificationPermissions.MANAGE);
        return step(caller, id, (em, t) -> {
            TaskRules.check(change, t, office);
            if (change.deadline() != null) {
                LedgerEntity l = em.find(LedgerEntity.class, t.ledgerId);
                TaskRules.checkDeadline(change.deadline(), l.feedbackDate);
                if (!change.deadline().equals(t.deadline)) {
                    // a new deadline is announced again when it passes
                    t.overdueAlertedOn = null;
                }
                t.deadline = change.deadline();
            }
            if (TaskRules.trim(change.measures()) != null) {
                t.measures = TaskRules.trim(change.measures());
            }
            if (TaskRules.trim(change.responsibleLeader()) != null) {
                t.responsibleLeader = TaskRules.trim(change.responsibleLeader());
            }
            if (TaskRules.trim(change.owner()) != null) {
                t.owner = TaskRules.trim(change.owner());
            }
            t.phase = TaskRules.phase(change, t.phase);
            store.audit(em, caller, AuditAction.UPDATE, "task", t.id, "修改整改任务（阶段 " + t.phase.nameZh() + "）");
            return null;
        });
    }

    @Override
    public List<TaskEntry> history(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> {
            find(em, caller, id);
            return em.createQuery("select e from TaskEntryEntity e where e.taskId = :t order by e.id", TaskEntryEntity.class)
                    .setParameter("t", id).getResultList().stream().map(TaskEntryEntity::toValue).toList();
        });
    }

    @Override
    public TaskEntry report(Caller caller, long id, ProgressDraft progress) {
        caller.require(RectificationPermissions.REPORT);
        LocalDate today = store.today();
        return store.write(em -> {
            TaskEntity t = find(em, caller, id);
            TaskRules.check(progress, false, today);
            TaskRules.requireStatus(t, TaskStatus.OPEN, "报告进展", "report progress");
            TaskEntryEntity e = entry(em, caller, t, TaskEntry.Kind.PROGRESS, progress.on() == null ? today : progress.on(),
                    TaskRules.trim(progress.text()), TaskRules.trim(progress.evidence()));
            store.audit(em, caller, AuditAction.CREATE, "task-progress", e.id, "报告整改进展（任务 " + t.id + "）");
            return e.toValue();
        });
    }

    @Override
    public Task requestClosure(Caller caller, long id, ProgressDraft progress) {
        caller.require(RectificationPermissions.REPORT);
        LocalDate today = store.today();
        return step(caller, id, (em, t) -> {
            TaskRules.check(progress, true, today);
            TaskRules.requireStatus(t, TaskStatus.OPEN, "申请销号", "request closure");
            t.status = TaskStatus.CLOSURE_REQUESTED;
            entry(em, caller, t, TaskEntry.Kind.CLOSURE_REQUESTED, progress.on() == null ? today : progress.on(),
                    TaskRules.trim(progress.text()), TaskRules.trim(progress.evidence()));
            store.audit(em, caller, AuditAction.UPDATE, "task", t.id, "申请销号");
            return null;
        });
    }

    @Override
    public Task decideClosure(Caller caller, long id, ClosureDecision decision) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        Task decided = step(caller, id, (em, t) -> {
            TaskRules.check(decision);
            TaskRules.requireStatus(t, TaskStatus.CLOSURE_REQUESTED, "审核销号", "decide on closure");
            if (decision.approve()) {
                t.status = TaskStatus.CLOSED;
                t.closedOn = today;
                t.returnReason = null;
                entry(em, caller, t, TaskEntry.Kind.CLOSURE_APPROVED, today, null, null);
                store.audit(em, caller, AuditAction.UPDATE, "task", t.id, "同意销号");
            } else {
                t.status = TaskStatus.OPEN;
                t.returnReason = TaskRules.trim(decision.reason());
                entry(em, caller, t, TaskEntry.Kind.CLOSURE_RETURNED, today, t.returnReason, null);
                store.audit(em, caller, AuditAction.UPDATE, "task", t.id, "退回销号申请");
            }
            return null;
        });
        if (decided.status() == TaskStatus.CLOSED) {
            store.post(RectificationEvents.TASK_CLOSED, caller, id, RectificationEvents.ROUND_ID, decided.roundId(),
                    RectificationEvents.UNIT_ID, decided.unitId(), RectificationEvents.LEDGER_ID, decided.ledgerId());
        }
        return decided;
    }

    /** One step on a task in one transaction; answers the task as it is after the commit. */
    private Task step(Caller caller, long id, BiFunction<EntityManager, TaskEntity, Void> work) {
        return store.write(em -> {
            TaskEntity t = find(em, caller, id);
            work.apply(em, t);
            em.flush();
            return value(t, store.today());
        });
    }

    /** A task of the ledger as drafted (checked already), in the first phase, open. */
    private TaskEntity newTask(Caller caller, LedgerEntity l, TaskDraft draft) {
        TaskEntity t = new TaskEntity();
        t.ledgerId = l.id;
        t.roundId = l.roundId;
        t.unitId = l.unitId;
        t.divisionCode = l.divisionCode;
        t.groupId = l.groupId;
        t.sourceProblemId = draft.sourceProblemId();
        // the problem is encrypted once the row has its id (persist), bound to that row
        t.problem = "";
        t.measures = TaskRules.trim(draft.measures());
        // no task without a leader: the unit's principal leader answers for what is not assigned
        t.responsibleLeader = TaskRules.trim(draft.responsibleLeader()) != null ? TaskRules.trim(draft.responsibleLeader()) : l.principalLeader;
        t.owner = TaskRules.trim(draft.owner());
        t.deadline = draft.deadline();
        t.phase = Phase.CONCENTRATED;
        t.status = TaskStatus.OPEN;
        t.createdBy = caller.username();
        t.createdAt = store.now();
        return t;
    }

    /**
     * Persists a new task and stores its problem encrypted, bound to the row (table, column, id):
     * a ciphertext copied to another task then fails to decrypt (409 {@code integrity_error}).
     */
    private void persist(EntityManager em, TaskEntity t, String problem) {
        em.persist(t);
        t.problem = store.encrypt(TaskRules.trim(problem), TaskEntity.place(t.id));
        em.flush();
    }

    /** Reads bound problems and those stored before binding (1.0), which the platform still reads. */
    private Task value(TaskEntity t, LocalDate today) {
        return t.toValue(today, store.decrypt(t.problem, TaskEntity.place(t.id)));
    }

    private TaskEntryEntity entry(EntityManager em, Caller caller, TaskEntity t, TaskEntry.Kind kind, LocalDate on, String text,
                                  String evidence) {
        TaskEntryEntity e = new TaskEntryEntity();
        e.taskId = t.id;
        e.kind = kind;
        e.on = on;
        e.text = text;
        e.evidence = evidence;
        e.actor = caller.username();
        e.at = store.now();
        em.persist(e);
        em.flush();
        return e;
    }

    private TaskEntity find(EntityManager em, Caller caller, long id) {
        TaskEntity t = em.find(TaskEntity.class, id);
        if (t == null) {
            throw ApiException.notFound("整改任务", "task", id);
        }
        access.require(caller, t.divisionCode, t.groupId, t.unitId);
        return t;
    }

    private LedgerEntity ledger(EntityManager em, Caller caller, long id) {
        LedgerEntity l = em.find(LedgerEntity.class, id);
        if (l == null) {
            throw ApiException.notFound("整改台账", "ledger", id);
        }
        access.require(caller, l.divisionCode, l.groupId, l.unitId);
        return l;
    }
}
