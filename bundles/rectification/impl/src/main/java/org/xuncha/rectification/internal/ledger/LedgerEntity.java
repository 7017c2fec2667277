package org.xuncha.rectification.internal.ledger;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.rectification.api.LedgerDraft;

/**
 * Table {@code xc_rectification_ledger}: one per round and unit. The round's and unit's names are
 * kept as they were when it was opened, so the ledger reads the same without round planning.
 */
@Entity
@Table(name = "xc_rectification_ledger")
public class LedgerEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int DIVISION_LENGTH = 12;
    public static final int USER_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "xc_rectification_ledger_seq", sequenceName = "xc_rectification_ledger_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_ledger_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "round_name", nullable = false, length = TITLE_LENGTH)
    public String roundName;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "unit_name", nullable = false, length = TITLE_LENGTH)
    public String unitName;

    @Column(name = "division_code", nullable = false, length = DIVISION_LENGTH)
    public String divisionCode;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "principal_leader", length = LedgerDraft.NAME_MAX)
    public String principalLeader;

    @Column(name = "feedback_date", nullable = false)
    public LocalDate feedbackDate;

    @Column(name = "unit_report_on")
    public LocalDate unitReportOn;

    @Column(name = "leader_report_on")
    public LocalDate leaderReportOn;

    @Column(name = "reminded_on")
    public LocalDate remindedOn;

    @Column(name = "report_alerted_on")
    public LocalDate reportAlertedOn;

    @Column(name = "opened_by", nullable = false, length = USER_LENGTH)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public LocalDateTime openedAt;
}
