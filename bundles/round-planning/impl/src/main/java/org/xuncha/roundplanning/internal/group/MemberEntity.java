package org.xuncha.roundplanning.internal.group;

import java.util.List;

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

import org.xuncha.roundplanning.api.GroupRole;

@Entity
@Table(name = "xc_rp_member")
public class MemberEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_member_seq", sequenceName = "xc_rp_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_member_seq")
    public Long id;

    @Column(name = "group_id", nullable = false)
    public long groupId;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 30)
    public GroupRole role;

    /** The members of every group of the round, in the order they were added. */
    public static List<MemberEntity> ofRound(EntityManager em, long roundId) {
        return em.createQuery("select m from MemberEntity m where m.roundId = :r order by m.id", MemberEntity.class)
                .setParameter("r", roundId).getResultList();
    }
}
