package org.xuncha.rectification.internal.task;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.rectification.api.ClosureDecision;
import org.xuncha.rectification.api.LedgerDraft;
import org.xuncha.rectification.api.Phase;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskDraft;
import org.xuncha.rectification.api.TaskStatus;

/**
 * Table {@code xc_rectification_task}. The ledger's round, unit, division and group are repeated
 * here so that task lists filter by scope and by round without a join.
 */
@Entity
@Table(name = "xc_rectification_task")
public class TaskEntity {

    /** The column holds the ciphertext of a problem of {@link TaskDraft#PROBLEM_MAX} characters (3 bytes each, Base64, IV and tag). */
    public static final int PROBLEM_STORED = 24000;

    @Id
    @SequenceGenerator(name = "xc_rectification_task_seq", sequenceName = "xc_rectification_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_task_seq")
    public Long id;

    @Column(name = "ledger_id", nullable = false)
    public long ledgerId;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "source_problem_id")
    public Long sourceProblemId;

    /** Stored encrypted (SM4): a problem of the feedback names what went wrong at a unit. */
    @Column(name = "problem", nullable = false, length = PROBLEM_STORED)
    public String problem;

    @Column(name = "measures", length = TaskDraft.MEASURES_MAX)
    public String measures;

    @Column(name = "responsible_leader", length = LedgerDraft.NAME_MAX)
    public String responsibleLeader;

    @Column(name = "owner", length = TaskDraft.OWNER_MAX)
    public String owner;

    @Column(name = "deadline", nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false, length = 20)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    public TaskStatus status;

    @Column(name = "return_reason", length = ClosureDecision.REASON_MAX)
    public String returnReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "overdue_alerted_on")
    public LocalDate overdueAlertedOn;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    /** Where a task's problem is stored, bound into its ciphertext. */
    public static FieldContext place(long id) {
        return FieldContext.of("xc_rectification_task", "problem", id);
    }

    /** @param problemText the problem decrypted */
    public Task toValue(LocalDate today, String problemText) {
        return new Task(id, ledgerId, roundId, unitId, sourceProblemId, problemText, measures, responsibleLeader, owner, deadline, phase, status,
                TaskRules.overdue(status, deadline, today), returnReason, closedOn, version, createdAt);
    }
}
