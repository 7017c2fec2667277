package org.xuncha.platform.security.internal.account;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@Table(name = "xc_password_history")
public class PasswordHistoryEntity {

    @Id
    @SequenceGenerator(name = "xc_password_history_seq", sequenceName = "xc_password_history_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_password_history_seq")
    Long id;

    @Column(name = "user_id", nullable = false)
    Long userId;

    @Column(name = "password_hash", nullable = false, length = 200)
    String passwordHash;

    @Column(name = "changed_at", nullable = false)
    LocalDateTime changedAt;

    protected PasswordHistoryEntity() {
    }

    PasswordHistoryEntity(Long userId, String passwordHash, LocalDateTime changedAt) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.changedAt = changedAt;
    }
}
