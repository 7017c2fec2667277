package org.xuncha.platform.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.reference.Unit;

class PlatformDescriptorTest {

    @Test
    void countsUnitsByFieldWithUnclassifiedOnesTogether() {
        Statistic s = PlatformDescriptor.unitsByField(List.of(unit("党政机关"), unit("国有企业"), unit("党政机关"), unit(null), unit(" ")));
        assertThat(s.value()).isEqualTo(5);
        assertThat(s.chart()).isEqualTo("bar");
        assertThat(s.points()).extracting(Statistic.DataPoint::labelZh, Statistic.DataPoint::value)
                .containsExactlyInAnyOrder(tuple("党政机关", 2), tuple("国有企业", 1),
                        tuple("未分类", 2));
    }

    private static Unit unit(String field) {
        return new Unit(1L, "C", "单位", "371500", null, field, null, null, true, 0L);
    }
}
