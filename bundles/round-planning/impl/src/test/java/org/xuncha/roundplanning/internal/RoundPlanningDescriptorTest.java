package org.xuncha.roundplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.security.Roles;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;

class RoundPlanningDescriptorTest {

    private static final Map<String, Set<String>> ROLES = RoundPlanningDescriptor.PERMISSIONS.stream()
            .collect(Collectors.toMap(PermissionDefinition::id, PermissionDefinition::defaultRoles));

    private static Set<String> grantedTo(String role) {
        return ROLES.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    @Test
    void everyPermissionTheServiceChecksIsDeclaredOnce() throws IllegalAccessException {
        assertThat(RoundPlanningDescriptor.PERMISSIONS).extracting(PermissionDefinition::id).doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("round-planning."));
        for (Field f : RoundPlanningPermissions.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("PREFIX")) {
                assertThat(ROLES).containsKey((String) f.get(null));
            }
        }
        List<String> stages = Arrays.stream(Stage.values()).filter(s -> s != Stage.PREPARATION)
                .map(RoundPlanningPermissions::stage).toList();
        assertThat(ROLES).containsKeys(stages.toArray(String[]::new));
    }

    @Test
    void officeStaffPlanTheLeadersApproveAndGroupsReadTheirOwn() {
        assertThat(ROLES.get(RoundPlanningPermissions.APPROVE_LEADING_GROUP)).containsExactly(Roles.OFFICE_LEADER);
        assertThat(ROLES.get(RoundPlanningPermissions.APPROVE_COMMITTEE)).containsExactly(Roles.COMMITTEE_LEADER);
        assertThat(ROLES.get(RoundPlanningPermissions.STAGE_CORRECT)).containsExactly(Roles.OFFICE_LEADER);
        assertThat(grantedTo(Roles.OFFICE_STAFF)).contains(RoundPlanningPermissions.TERM_WRITE, RoundPlanningPermissions.ROUND_WRITE,
                RoundPlanningPermissions.PLAN_AMEND, RoundPlanningPermissions.stage(Stage.ENTRY))
                .doesNotContain(RoundPlanningPermissions.APPROVE_LEADING_GROUP, RoundPlanningPermissions.APPROVE_COMMITTEE,
                        RoundPlanningPermissions.stage(Stage.FEEDBACK));

        for (String groupRole : Roles.GROUP_ROLES) {
            assertThat(grantedTo(groupRole)).as(groupRole).contains(RoundPlanningPermissions.ROUND_READ, RoundPlanningPermissions.AVOIDANCE_DECLARE)
                    .doesNotContain(RoundPlanningPermissions.ROUND_WRITE, RoundPlanningPermissions.COVERAGE_READ, RoundPlanningPermissions.AVOIDANCE_READ);
        }
        assertThat(grantedTo(Roles.GROUP_LEADER)).contains(RoundPlanningPermissions.stage(Stage.FIELDWORK),
                RoundPlanningPermissions.stage(Stage.REPORT)).doesNotContain(RoundPlanningPermissions.stage(Stage.ENTRY));
        assertThat(grantedTo(Roles.GROUP_MEMBER)).noneMatch(p -> p.contains(".stage."));
    }

    @Test
    void theThreeAdministratorsAndInspectedUnitsGetNothing() {
        for (String role : List.of(Roles.SYS_ADMIN, Roles.SECURITY_ADMIN, Roles.SECURITY_AUDITOR, Roles.INSPECTED_UNIT)) {
            assertThat(grantedTo(role)).as(role).isEmpty();
        }
        assertThat(grantedTo(Roles.COMMITTEE_LEADER)).contains(RoundPlanningPermissions.COVERAGE_READ, RoundPlanningPermissions.ROUND_READ)
                .doesNotContain(RoundPlanningPermissions.ROUND_WRITE);
        assertThat(grantedTo(Roles.DISCIPLINE_COMMISSION)).contains(RoundPlanningPermissions.ROUND_READ).doesNotContain(RoundPlanningPermissions.ROUND_WRITE);
    }
}
