package org.xuncha.leadtransfer.internal.problem;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.RoundRecord;

/** 问题底稿. The description is stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_problem")
public class ProblemEntity extends RoundRecord {

    @Column(name = "group_id", nullable = false)
    long groupId;

    @Column(name = "unit_id", nullable = false)
    long unitId;

    @Column(name = "round_start", nullable = false)
    LocalDate roundStart;

    @Column(name = "category", length = 40)
    String category;

    @Column(name = "description", nullable = false, length = 24000)
    String description;

    @Column(name = "top_leader", nullable = false)
    boolean topLeader;

    @Column(name = "leading_group", nullable = false)
    boolean leadingGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    Source source;

    @Column(name = "source_ref", length = 200)
    String sourceRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    ProblemStatus status;

    @Column(name = "found_on", nullable = false)
    LocalDate foundOn;

    @Column(name = "approved_on")
    LocalDate approvedOn;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    public long groupId() {
        return groupId;
    }

    public long unitId() {
        return unitId;
    }

    public String category() {
        return category;
    }

    public boolean topLeader() {
        return topLeader;
    }
}
