package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Roles;

/** Which role may hold which permission under 三员分立, as seeding and the security administrator both apply it. */
class SeparationOfDutiesTest {

    @Test
    void reservedPermissionsStayWithTheirAdministrator() {
        assertThat(SeparationOfDuties.refusal(Roles.SECURITY_AUDITOR, "security.audit.read", "security")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.SECURITY_ADMIN, "security.audit.read", "security")).isNotNull();
        assertThat(SeparationOfDuties.refusal(Roles.OFFICE_LEADER, "security.audit.read", "security")).isNotNull();
        assertThat(SeparationOfDuties.refusal(Roles.SYS_ADMIN, "security.users.manage", "security")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.SECURITY_ADMIN, "security.users.manage", "security")).isNotNull();
        assertThat(SeparationOfDuties.refusal(Roles.SECURITY_ADMIN, "security.roles.manage", "security")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.SYS_ADMIN, "security.roles.manage", "security")).isNotNull();
        assertThat(SeparationOfDuties.refusal(Roles.SECURITY_ADMIN, "security.keys.manage", "security")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.SYS_ADMIN, "platform.modules.manage", "platform")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.OFFICE_STAFF, "platform.modules.manage", "platform")).isNotNull();
    }

    @Test
    void administratorsHoldNoBusinessPermission() {
        for (String admin : new String[] {Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR}) {
            assertThat(SeparationOfDuties.refusal(admin, "round-planning.round.write", "round-planning")).isNotNull();
            assertThat(SeparationOfDuties.refusal(admin, "platform.reference.write", "platform")).isNotNull();
            assertThat(SeparationOfDuties.refusal(admin, "platform.statistics.read", "platform")).isNotNull();
            assertThat(SeparationOfDuties.refusal(admin, "platform.modules.read", "platform")).isNull();
        }
        assertThat(SeparationOfDuties.refusal(Roles.SYS_ADMIN, "platform.reference.read", "platform")).isNull();
    }

    @Test
    void businessRolesHoldBusinessPermissions() {
        assertThat(SeparationOfDuties.refusal(Roles.OFFICE_STAFF, "round-planning.round.write", "round-planning")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.GROUP_MEMBER, "platform.reference.read", "platform")).isNull();
        assertThat(SeparationOfDuties.refusal(Roles.COMMITTEE_LEADER, "platform.statistics.read", "platform")).isNull();
    }

    @Test
    void rolesAreKnownOnesAndAnAdministratorRoleStandsAlone() {
        assertThat(SeparationOfDuties.checkRoles(new Checks(), Set.of(Roles.OFFICE_STAFF, Roles.DISCIPLINE_COMMISSION)).valid()).isTrue();
        assertThat(SeparationOfDuties.checkRoles(new Checks(), Set.of(Roles.SECURITY_AUDITOR)).valid()).isTrue();
        assertThat(SeparationOfDuties.checkRoles(new Checks(), Set.of()).valid()).isTrue();
        assertThat(SeparationOfDuties.checkRoles(new Checks(), Set.of(Roles.SYS_ADMIN, Roles.OFFICE_STAFF)).errors())
                .extracting(FieldError::code).containsExactly("separation_of_duties");
        assertThat(SeparationOfDuties.checkRoles(new Checks(), Set.of("root", Roles.OFFICE_STAFF)).errors())
                .extracting(e -> e.field() + " " + e.code()).containsExactly("roles not_found");
    }

    @Test
    void theRefusalIsExplainedInChineseAndEnglish() {
        String[] why = SeparationOfDuties.refusal(Roles.OFFICE_STAFF, "security.audit.read", "security");
        assertThat(why[0]).contains("三员分立").contains(Roles.SECURITY_AUDITOR);
        assertThat(why[1]).contains("Separation of duties").contains(Roles.SECURITY_AUDITOR);
    }
}
