package org.xuncha.roundplanning.internal.target;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.platform.api.rest.ApiException;

@Entity
@Table(name = "xc_rp_target")
public class TargetEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_target_seq", sequenceName = "xc_rp_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_target_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "group_id")
    public Long groupId;

    @Column(name = "rect_report_date")
    public LocalDate rectificationReportDate;

    @ElementCollection
    @CollectionTable(name = "xc_rp_target_priority", joinColumns = @JoinColumn(name = "target_id"))
    @Column(name = "priority_id")
    public Set<Long> priorityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "xc_rp_target_topic", joinColumns = @JoinColumn(name = "target_id"))
    @Column(name = "topic", length = 200)
    @OrderBy
    public List<String> topics = new ArrayList<>();

    /** @throws ApiException 404 unless the unit is a target of the round */
    public static TargetEntity load(EntityManager em, long roundId, long unitId) {
        return em.createQuery("select t from TargetEntity t where t.roundId = :r and t.unitId = :u", TargetEntity.class)
                .setParameter("r", roundId).setParameter("u", unitId).getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("被巡察单位", "target", unitId));
    }

    /** The round's targets, in the order they were added. */
    public static List<TargetEntity> ofRound(EntityManager em, long roundId) {
        return em.createQuery("select t from TargetEntity t where t.roundId = :r order by t.id", TargetEntity.class)
                .setParameter("r", roundId).getResultList();
    }
}
