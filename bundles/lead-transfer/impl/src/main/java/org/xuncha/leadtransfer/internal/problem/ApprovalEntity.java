package org.xuncha.leadtransfer.internal.problem;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.xuncha.leadtransfer.internal.Sequenced;

/** One signature on a problem's approval sheet; the opinion is stored as SM4 ciphertext. */
@Entity
@Table(name = "xc_lt_approval")
public class ApprovalEntity extends Sequenced {

    @Column(name = "problem_id", nullable = false)
    long problemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    ApprovalStep step;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 10)
    Decision decision;

    @Column(name = "opinion", length = 4200)
    String opinion;

    @Column(name = "actor", nullable = false, length = 100)
    String actor;

    /** The signer's display name when signing (older signatures: none, the login name stands). */
    @Column(name = "actor_name", length = 200)
    String actorName;

    @Column(name = "acted_at", nullable = false)
    LocalDateTime actedAt;
}
