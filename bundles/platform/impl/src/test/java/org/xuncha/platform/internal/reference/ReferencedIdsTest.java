package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.internal.reference.DivisionServiceTest.fields;
import static org.xuncha.platform.internal.reference.ReferenceFixture.CITY;
import static org.xuncha.platform.internal.reference.ReferenceFixture.DONGCHANGFU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.YANGGU;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.testkit.TestCallers;

/**
 * The platform's one check of the ids a module's write refers to (ReferenceDataService.referencedUnits,
 * referencedPersons, referencedDivision), on the real reference data: unknown ids are a 400 on their
 * fields, then ids outside the caller's divisions a 403 out_of_scope naming their fields; the lookup is
 * the platform's, so a caller without the permission to browse reference data may still refer to ids
 * of its divisions.
 */
class ReferencedIdsTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();
    private final long here = f.unit("DC-1", DONGCHANGFU, null).id();
    private final long there = f.unit("YG-1", YANGGU, null).id();
    private final long hereP = f.persons.create(ReferenceFixture.city(), new Person(null, "东昌某", here, null, null, null, null, true, null)).id();
    private final long thereP = f.persons.create(ReferenceFixture.city(), new Person(null, "阳谷某", there, null, null, null, null, true, null)).id();
    /** A county account that may not browse reference data (an audit-bureau or discipline-commission account). */
    private final Caller county = TestCallers.office("county.clerk", DONGCHANGFU, Set.of(DONGCHANGFU), null);

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void idsOfTheCallersDivisionsAreFoundWithoutThePermissionToBrowse() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("unitId", here);
        ids.put("parentId", null);
        assertThat(f.facade.referencedUnits(county, ids)).containsOnlyKeys("unitId");
        assertThat(f.facade.referencedPersons(county, Map.of("attendees[0].personId", hereP)).get("attendees[0].personId").name())
                .isEqualTo("东昌某");
        assertThat(f.facade.referencedDivision(county, "divisionCode", DONGCHANGFU).code()).isEqualTo(DONGCHANGFU);
        assertThat(f.facade.referencedPersons(ReferenceFixture.city(), Map.of("personId", thereP))).as("a city sees its counties").hasSize(1);
    }

    @Test
    void unknownIdsAreA400OnTheirFieldsBeforeAnyScopeRefusal() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("members[0].personId", thereP);
        ids.put("members[1].personId", 999_999L);
        ids.put("members[2].personId", 999_998L);
        assertThat(fields(() -> f.facade.referencedPersons(county, ids)))
                .containsExactly("members[1].personId not_found", "members[2].personId not_found");
        assertThat(fields(() -> f.facade.referencedDivision(county, "divisionCode", "379900"))).containsExactly("divisionCode not_found");
    }

    @Test
    void idsOutsideTheCallersDivisionsAreA403NamingEachField() {
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("unitIds[0]", here);
        ids.put("unitIds[1]", there);
        assertThatThrownBy(() -> f.facade.referencedUnits(county, ids)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("out_of_scope");
            assertThat(e.getMessage()).contains("Outside your data scope");
        });
        assertThat(fields(() -> f.facade.referencedUnits(county, ids))).containsExactly("unitIds[1] out_of_scope");
        assertThat(fields(() -> f.facade.referencedPersons(county, Map.of("personId", thereP)))).containsExactly("personId out_of_scope");
        assertThat(fields(() -> f.facade.referencedDivision(county, "divisionCode", CITY))).containsExactly("divisionCode out_of_scope");
        assertThat(fields(() -> f.facade.referencedUnits(ReferenceFixture.office(null), Map.of("unitId", here))))
                .as("an account of no division without the grant").containsExactly("unitId out_of_scope");
    }
}
