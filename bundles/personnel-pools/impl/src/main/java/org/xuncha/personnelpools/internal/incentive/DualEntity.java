package org.xuncha.personnelpools.internal.incentive;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.personnelpools.api.Incentives;

/** Table {@code xc_personnel_pools_dual}: a 双历认定 record, one per person per round. */
@Entity
@Table(name = "xc_personnel_pools_dual")
public class DualEntity {

    @Id
    @SequenceGenerator(name = "xc_personnel_pools_dual_seq", sequenceName = "xc_personnel_pools_dual_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_personnel_pools_dual_seq")
    public Long id;

    @Column(name = "round_id", nullable = false)
    public long roundId;

    @Column(name = "round_name", nullable = false, length = 200)
    public String roundName;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "person_name", nullable = false, length = 100)
    public String personName;

    @Column(name = "group_name", length = 100)
    public String groupName;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "issued_by", nullable = false, length = 100)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public LocalDateTime issuedAt;

    Incentives.DualRecord toValue() {
        return new Incentives.DualRecord(id, roundId, roundName, personId, personName, groupName, divisionCode, issuedBy, issuedAt);
    }
}
