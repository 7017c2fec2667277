package org.xuncha.platform.security.internal.account;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

@Entity
@Table(name = "xc_role_permission")
public class RolePermissionEntity {

    @Id
    @SequenceGenerator(name = "xc_role_permission_seq", sequenceName = "xc_role_permission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_role_permission_seq")
    Long id;

    @Column(name = "role_id", nullable = false, length = 50)
    String roleId;

    @Column(name = "permission_id", nullable = false, length = 100)
    String permissionId;

    protected RolePermissionEntity() {
    }

    RolePermissionEntity(String roleId, String permissionId) {
        this.roleId = roleId;
        this.permissionId = permissionId;
    }
}
