package org.xuncha.platform.security.internal.account;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A permission whose default role grants were applied once. Remembered so that a grant the
 * security administrator removed is not put back when the module restarts or is reinstalled.
 */
@Entity
@Table(name = "xc_permission_seen")
public class PermissionSeenEntity {

    @Id
    @Column(name = "permission_id", length = 100)
    String permissionId;

    @Column(name = "module_id", nullable = false, length = 50)
    String moduleId;

    @Column(name = "first_seen", nullable = false)
    LocalDateTime firstSeen;

    protected PermissionSeenEntity() {
    }

    PermissionSeenEntity(String permissionId, String moduleId, LocalDateTime firstSeen) {
        this.permissionId = permissionId;
        this.moduleId = moduleId;
        this.firstSeen = firstSeen;
    }
}
