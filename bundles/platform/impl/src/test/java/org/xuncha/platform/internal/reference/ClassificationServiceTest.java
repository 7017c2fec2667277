package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.platform.internal.reference.ReferenceFixture.CITY;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;

/** The field, sector and system values in use, once each, sorted, without the units that have none. */
class ClassificationServiceTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void valuesInUseOnceEachAndSorted() {
        Caller system = Caller.system("test");
        f.units.create(system, new Unit(null, "A", "甲", CITY, null, "事业单位", "社会民生", "教育系统", true, null));
        f.units.create(system, new Unit(null, "B", "乙", CITY, null, "党政机关", "社会民生", null, true, null));
        f.units.create(system, new Unit(null, "C", "丙", CITY, null, "事业单位", null, "卫生健康系统", false, null));
        Map<String, List<String>> c = f.classifications.classifications(ReferenceFixture.reader());
        assertThat(c).containsOnlyKeys("field", "sector", "system");
        assertThat(c.get("field")).containsExactlyElementsOf(List.of("事业单位", "党政机关").stream().sorted().toList());
        assertThat(c.get("sector")).containsExactly("社会民生");
        assertThat(c.get("system")).containsExactlyInAnyOrder("教育系统", "卫生健康系统").hasSize(2);
    }

    @Test
    void aCountySeesOnlyTheValuesOfItsOwnUnits() {
        Caller system = Caller.system("test");
        f.units.create(system, new Unit(null, "A", "甲", CITY, null, "市直机关", "市级板块", "市级系统", true, null));
        f.units.create(system, new Unit(null, "B", "乙", ReferenceFixture.DONGCHANGFU, null, "县直机关", "县级板块", null, true, null));
        Map<String, List<String>> county = f.classifications.classifications(ReferenceFixture.county());
        assertThat(county.get("field")).containsExactly("县直机关");
        assertThat(county.get("sector")).containsExactly("县级板块");
        assertThat(county.get("system")).isEmpty();
        assertThat(f.classifications.classifications(ReferenceFixture.city()).get("field")).containsExactlyInAnyOrder("市直机关", "县直机关");
        Caller nowhere = new Caller(7, "nowhere", "无区划", null, null, Set.of("office-staff"),
                Set.of(org.xuncha.platform.internal.registry.PlatformDescriptor.REFERENCE_READ), new DataScope(false, Set.of(), null));
        assertThat(f.classifications.classifications(nowhere).values()).allMatch(List::isEmpty);
    }
}
