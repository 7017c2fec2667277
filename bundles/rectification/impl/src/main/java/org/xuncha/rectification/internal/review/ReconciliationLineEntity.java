package org.xuncha.rectification.internal.review;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

/**
 * Table {@code xc_rectification_recon_line}: one unit of a reconciliation, the ledger's figures as
 * they were (the snapshot) beside the other party's; null where a side has no such unit.
 */
@Entity
@Table(name = "xc_rectification_recon_line")
public class ReconciliationLineEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_recon_line_seq", sequenceName = "xc_rectification_recon_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_recon_line_seq")
    public Long id;

    @Column(name = "recon_id", nullable = false)
    public long reconId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "unit_name", length = 200)
    public String unitName;

    @Column(name = "ledger_id")
    public Long ledgerId;

    @Column(name = "ledger_tasks")
    public Integer ledgerTasks;

    @Column(name = "ledger_closed")
    public Integer ledgerClosed;

    @Column(name = "reported_tasks")
    public Integer reportedTasks;

    @Column(name = "reported_closed")
    public Integer reportedClosed;

    @Column(name = "differs", nullable = false)
    public boolean differs;

    @Column(name = "resolution", length = ReconciliationRules.RESOLUTION_MAX)
    public String resolution;

    @Column(name = "resolved_by", length = 100)
    public String resolvedBy;

    @Column(name = "resolved_at")
    public LocalDateTime resolvedAt;
}
