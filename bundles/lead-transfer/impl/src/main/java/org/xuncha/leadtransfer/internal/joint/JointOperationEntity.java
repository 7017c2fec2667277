package org.xuncha.leadtransfer.internal.joint;

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

/** 巡纪审联动: a round linked with a discipline-commission project and an audit project. */
@Entity
@Table(name = "xc_lt_joint_op")
public class JointOperationEntity {

    @Id
    @SequenceGenerator(name = "xc_lt_seq", sequenceName = "xc_lt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_lt_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "term_id", nullable = false)
    long termId;

    @Column(name = "round_id", nullable = false)
    long roundId;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "discipline_project", length = 200)
    String disciplineProject;

    @Column(name = "audit_project", length = 200)
    String auditProject;

    @Column(name = "starts_on")
    LocalDate startsOn;

    @Column(name = "ends_on")
    LocalDate endsOn;

    @Column(name = "note", length = 1000)
    String note;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
