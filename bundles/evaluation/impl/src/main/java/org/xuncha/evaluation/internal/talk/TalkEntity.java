package org.xuncha.evaluation.internal.talk;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.evaluation.api.TalkDraft;

/** Table {@code xc_evaluation_talk}: a 约谈 record; what was said is stored encrypted. */
@Entity
@Table(name = "xc_evaluation_talk")
public class TalkEntity {

    static final String TABLE = "xc_evaluation_talk";

    @Id
    @SequenceGenerator(name = "xc_evaluation_talk_seq", sequenceName = "xc_evaluation_talk_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_evaluation_talk_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "leader_person_id", nullable = false)
    long leaderPersonId;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "reason", nullable = false, length = 200)
    String reason;

    @Column(name = "opened_at", nullable = false)
    LocalDateTime openedAt;

    @Column(name = "held_on")
    LocalDate heldOn;

    @Column(name = "held_by", length = TalkDraft.HELD_BY_MAX)
    String heldBy;

    /** Ciphertext, bound to this table, column and row. */
    @Column(name = "said", length = 8000)
    String said;

    @Column(name = "follow_up", length = TalkDraft.TEXT_MAX)
    String followUp;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
