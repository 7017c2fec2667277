package org.xuncha.platform.security.internal.account;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@Table(name = "xc_user_role")
public class UserRoleEntity {

    @Id
    @SequenceGenerator(name = "xc_user_role_seq", sequenceName = "xc_user_role_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_user_role_seq")
    Long id;

    @Column(name = "user_id", nullable = false)
    Long userId;

    @Column(name = "role_id", nullable = false, length = 50)
    String roleId;

    protected UserRoleEntity() {
    }

    UserRoleEntity(Long userId, String roleId) {
        this.userId = userId;
        this.roleId = roleId;
    }
}
