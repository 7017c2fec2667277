package org.xuncha.evaluation.internal.quality;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.evaluation.api.RankedGroup;

/** Table {@code xc_evaluation_rank}: a group's place in a published ranking, as it stood when published. */
@Entity
@Table(name = "xc_evaluation_rank")
public class RankEntity {

    @Id
    @SequenceGenerator(name = "xc_evaluation_rank_seq", sequenceName = "xc_evaluation_rank_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_evaluation_rank_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "term_id", nullable = false)
    long termId;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "round_number", nullable = false)
    int roundNumber;

    @Column(name = "round_name", nullable = false, length = 200)
    String roundName;

    @Column(name = "group_id", nullable = false)
    long groupId;

    @Column(name = "group_name", nullable = false, length = 100)
    String groupName;

    @Column(name = "leader_person_id")
    Long leaderPersonId;

    @Column(name = "total", nullable = false)
    double total;

    @Column(name = "rank_no", nullable = false)
    int rank;

    @Column(name = "published_by", nullable = false, length = 100)
    String publishedBy;

    @Column(name = "published_at", nullable = false)
    LocalDateTime publishedAt;

    RankedGroup toValue() {
        return new RankedGroup(groupId, groupName, leaderPersonId, total, rank);
    }
}
