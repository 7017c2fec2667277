package org.xuncha.personnelpools.internal.pool;

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

import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;

/** Table {@code xc_personnel_pools_entry}: one person in one pool, with its admission and exit. */
@Entity
@Table(name = "xc_personnel_pools_entry")
public class EntryEntity {

    public static final int NAME_LENGTH = 100;
    public static final int USER_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "xc_personnel_pools_entry_seq", sequenceName = "xc_personnel_pools_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_personnel_pools_entry_seq")
    public Long id;

    @Column(name = "person_id", nullable = false)
    public long personId;

    /** The name at admission, kept so that lists search and sort by name without a join. */
    @Column(name = "person_name", nullable = false, length = NAME_LENGTH)
    public String personName;

    /** The office whose pool it is. */
    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "pool", nullable = false, length = 30)
    public PoolKind pool;

    @Column(name = "source", length = PoolEntry.Draft.SOURCE_MAX)
    public String source;

    @Column(name = "since")
    public LocalDate since;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    public EntryStatus status;

    @Column(name = "admission_reason", nullable = false, length = PoolEntry.Draft.REASON_MAX)
    public String admissionReason;

    @Column(name = "exit_reason", length = PoolEntry.Draft.REASON_MAX)
    public String exitReason;

    @Column(name = "applied_by", nullable = false, length = USER_LENGTH)
    public String appliedBy;

    @Column(name = "applied_at", nullable = false)
    public LocalDateTime appliedAt;

    @Column(name = "decided_by", length = USER_LENGTH)
    public String decidedBy;

    @Column(name = "decided_at")
    public LocalDateTime decidedAt;

    @Column(name = "decision_note", length = PoolEntry.Draft.REASON_MAX)
    public String decisionNote;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
