package org.xuncha.interviews.internal.plan;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.interviews.internal.ScopedEntity;

@Entity
@Table(name = "xc_ivr_plan")
public class PlanEntity extends ScopedEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_plan_seq", sequenceName = "xc_ivr_plan_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_plan_seq")
    Long id;

    @Column(name = "title", nullable = false, length = 200)
    String title;

    @Column(name = "note", length = 2000)
    String note;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;
}
