package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.platform.security.internal.account.AccountService.separationOfDuties;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Roles;

/** Which role may hold which permission under 三员分立, as seeding and the security administrator both apply it. */
class SeparationOfDutiesTest {

    @Test
    void reservedPermissionsStayWithTheirAdministrator() {
        assertThat(separationOfDuties(Roles.SECURITY_AUDITOR, "security.audit.read", "security")).isNull();
        assertThat(separationOfDuties(Roles.SECURITY_ADMIN, "security.audit.read", "security")).isNotNull();
        assertThat(separationOfDuties(Roles.OFFICE_LEADER, "security.audit.read", "security")).isNotNull();
        assertThat(separationOfDuties(Roles.SYS_ADMIN, "security.users.manage", "security")).isNull();
        assertThat(separationOfDuties(Roles.SECURITY_ADMIN, "security.users.manage", "security")).isNotNull();
        assertThat(separationOfDuties(Roles.SECURITY_ADMIN, "security.roles.manage", "security")).isNull();
        assertThat(separationOfDuties(Roles.SYS_ADMIN, "security.roles.manage", "security")).isNotNull();
        assertThat(separationOfDuties(Roles.SECURITY_ADMIN, "security.keys.manage", "security")).isNull();
        assertThat(separationOfDuties(Roles.SYS_ADMIN, "platform.modules.manage", "platform")).isNull();
        assertThat(separationOfDuties(Roles.OFFICE_STAFF, "platform.modules.manage", "platform")).isNotNull();
    }

    @Test
    void administratorsHoldNoBusinessPermission() {
        for (String admin : new String[] {Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR}) {
            assertThat(separationOfDuties(admin, "round-planning.round.write", "round-planning")).isNotNull();
            assertThat(separationOfDuties(admin, "platform.reference.write", "platform")).isNotNull();
            assertThat(separationOfDuties(admin, "platform.statistics.read", "platform")).isNotNull();
            assertThat(separationOfDuties(admin, "platform.modules.read", "platform")).isNull();
        }
        assertThat(separationOfDuties(Roles.SYS_ADMIN, "platform.reference.read", "platform")).isNull();
    }

    @Test
    void businessRolesHoldBusinessPermissions() {
        assertThat(separationOfDuties(Roles.OFFICE_STAFF, "round-planning.round.write", "round-planning")).isNull();
        assertThat(separationOfDuties(Roles.GROUP_MEMBER, "platform.reference.read", "platform")).isNull();
        assertThat(separationOfDuties(Roles.COMMITTEE_LEADER, "platform.statistics.read", "platform")).isNull();
    }

    @Test
    void theRefusalIsExplainedInChineseAndEnglish() {
        String[] why = separationOfDuties(Roles.OFFICE_STAFF, "security.audit.read", "security");
        assertThat(why[0]).contains("三员分立").contains(Roles.SECURITY_AUDITOR);
        assertThat(why[1]).contains("Separation of duties").contains(Roles.SECURITY_AUDITOR);
    }
}
