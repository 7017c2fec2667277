package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.RoundRecord;
import javax.persistence.Version;

/** 巡纪审联动: a round linked with a discipline-commission project and an audit project. */
@Entity
@Table(name = "xc_lt_joint_op")
public class JointOperationEntity extends RoundRecord {

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

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
