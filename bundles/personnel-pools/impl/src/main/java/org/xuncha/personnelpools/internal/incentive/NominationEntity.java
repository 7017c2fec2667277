package org.xuncha.personnelpools.internal.incentive;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.platform.api.rest.ApiException;

/** Table {@code xc_personnel_pools_nomination}: a 单独评优 nomination and the office's decision. */
@Entity
@Table(name = "xc_personnel_pools_nomination")
public class NominationEntity {

    @Id
    @SequenceGenerator(name = "xc_personnel_pools_nomination_seq", sequenceName = "xc_personnel_pools_nomination_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_personnel_pools_nomination_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "person_name", nullable = false, length = 100)
    public String personName;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "group_name", length = 100)
    public String groupName;

    @Column(name = "reason", nullable = false, length = Incentives.REASON_MAX)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    public Incentives.NominationStatus status;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "nominated_by", nullable = false, length = 100)
    public String nominatedBy;

    @Column(name = "nominated_at", nullable = false)
    public LocalDateTime nominatedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "decided_at")
    public LocalDateTime decidedAt;

    @Column(name = "decision_note", length = Incentives.NOTE_MAX)
    public String decisionNote;

    /** Two decisions at once: the second one fails instead of both counting against the quota. */
    @Version
    @Column(name = "version", nullable = false)
    public long version;

    static NominationEntity load(EntityManager em, long id) {
        NominationEntity e = em.find(NominationEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("评优提名", "nomination", id);
        }
        return e;
    }

    Incentives.Nomination toValue() {
        return new Incentives.Nomination(id, roundId, personId, personName, groupName, reason, status, nominatedBy, nominatedAt, decidedBy,
                decidedAt, decisionNote);
    }
}
