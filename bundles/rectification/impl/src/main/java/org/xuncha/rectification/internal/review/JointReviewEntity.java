package org.xuncha.rectification.internal.review;

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

/**
 * Table {@code xc_rectification_joint_review}: a 三方联审 of a ledger. The ledger's round, unit,
 * division and group are repeated for scope filters without a join. The parties' opinions are stored
 * encrypted, bound to their row and column.
 */
@Entity
@Table(name = "xc_rectification_joint_review")
public class JointReviewEntity {

    /** A ciphertext of an opinion of {@link JointReviewRules#OPINION_MAX} characters (3 bytes each, Base64, IV and tag). */
    public static final int OPINION_STORED = 6000;

    @Id
    @SequenceGenerator(name = "xc_rectification_joint_review_seq", sequenceName = "xc_rectification_joint_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_joint_review_seq")
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

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(name = "discipline_opinion", length = OPINION_STORED)
    public String disciplineOpinion;

    @Column(name = "discipline_by", length = 100)
    public String disciplineBy;

    @Column(name = "organisation_opinion", length = OPINION_STORED)
    public String organisationOpinion;

    @Column(name = "organisation_by", length = 100)
    public String organisationBy;

    @Column(name = "office_opinion", length = OPINION_STORED)
    public String officeOpinion;

    @Column(name = "office_by", length = 100)
    public String officeBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "conclusion", length = 20)
    public JointReviewRules.Conclusion conclusion;

    @Column(name = "conclusion_text", length = JointReviewRules.OPINION_MAX)
    public String conclusionText;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** Where a party's opinion is stored, bound into its ciphertext. */
    public FieldContext place(JointReviewRules.Party party) {
        return FieldContext.of("xc_rectification_joint_review", party.column(), id);
    }
}
