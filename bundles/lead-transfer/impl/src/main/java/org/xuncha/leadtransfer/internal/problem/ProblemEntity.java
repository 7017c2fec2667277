package org.xuncha.leadtransfer.internal.problem;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.GroupFinding;

/** 问题底稿. The description is stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_problem")
public class ProblemEntity extends GroupFinding {

    @Column(name = "round_start", nullable = false)
    LocalDate roundStart;

    @Column(name = "description", nullable = false, length = 24000)
    String description;

    @Column(name = "leading_group", nullable = false)
    boolean leadingGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    ProblemStatus status;

    @Column(name = "found_on", nullable = false)
    LocalDate foundOn;

    @Column(name = "approved_on")
    LocalDate approvedOn;
}
