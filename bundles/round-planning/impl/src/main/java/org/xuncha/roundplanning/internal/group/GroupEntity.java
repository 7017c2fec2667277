package org.xuncha.roundplanning.internal.group;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.rest.ApiException;

@Entity
@Table(name = "xc_rp_group")
public class GroupEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_group_seq", sequenceName = "xc_rp_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_group_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "auth_number", length = 100)
    public String authNumber;

    @Column(name = "auth_date")
    public LocalDate authDate;

    @Column(name = "auth_scope", length = 2000)
    public String authScope;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    /** @throws ApiException 404 unless the group exists and belongs to the round */
    public static GroupEntity load(EntityManager em, long roundId, long groupId) {
        GroupEntity g = em.find(GroupEntity.class, groupId);
        if (g == null || g.roundId != roundId) {
            throw ApiException.notFound("巡察组", "group", groupId);
        }
        return g;
    }
}
