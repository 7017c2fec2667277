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

import org.xuncha.rectification.api.ProgressDraft;
import org.xuncha.rectification.api.TaskEntry;

/** Table {@code xc_rectification_task_entry}: a task's history, never changed once written. */
@Entity
@Table(name = "xc_rectification_task_entry")
public class TaskEntryEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_task_entry_seq", sequenceName = "xc_rectification_task_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_task_entry_seq")
    public Long id;

    @Column(name = "task_id", nullable = false)
    public long taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    public TaskEntry.Kind kind;

    @Column(name = "on_day", nullable = false)
    public LocalDate on;

    @Column(name = "text", length = ProgressDraft.TEXT_MAX)
    public String text;

    @Column(name = "evidence", length = ProgressDraft.EVIDENCE_MAX)
    public String evidence;

    @Column(name = "actor", nullable = false, length = 100)
    public String actor;

    @Column(name = "at", nullable = false)
    public LocalDateTime at;

    public TaskEntry toValue() {
        return new TaskEntry(id, taskId, kind, on, text, evidence, actor, at);
    }
}
