package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.internal.reference.ReferenceFixture.CITY;
import static org.xuncha.platform.internal.reference.ReferenceFixture.DONGCHANGFU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.YANGGU;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.testkit.Refusals;

/** Divisions on the real schema: saved and audited, scope announced at once, the two-level tree kept. */
class DivisionServiceTest {

    private final ReferenceFixture f = new ReferenceFixture();

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aSavedDivisionIsAuditedAndWidensItsCitysScopeAtOnce() {
        f.divisions.save(ReferenceFixture.keeper(), new Division(CITY, " 聊城市 ", "", DivisionLevel.CITY, ""));
        Division county = f.divisions.save(ReferenceFixture.city(), new Division(DONGCHANGFU, "东昌府区", null, DivisionLevel.COUNTY, CITY));

        assertThat(county).isEqualTo(new Division(DONGCHANGFU, "东昌府区", null, DivisionLevel.COUNTY, CITY));
        assertThat(f.divisions.divisions(ReferenceFixture.reader()).get(0))
                .as("names trimmed, blanks stored as none").isEqualTo(new Division(CITY, "聊城市", null, DivisionLevel.CITY, null));
        assertThat(f.divisions.visibleDivisions(CITY)).containsExactlyInAnyOrder(CITY, DONGCHANGFU);
        assertThat(f.divisions.visibleDivisions(DONGCHANGFU)).containsExactly(DONGCHANGFU);
        assertThat(f.audited()).containsExactly("CREATE division 371500 新增区划 371500", "CREATE division 371502 新增区划 371502");
        assertThat(f.topics()).containsExactly(Events.SCOPE_CHANGED, Events.SCOPE_CHANGED);

        f.divisions.save(ReferenceFixture.city(), new Division(DONGCHANGFU, "东昌府区（改）", "Dongchangfu", DivisionLevel.COUNTY, CITY));
        assertThat(f.audited()).last().isEqualTo("UPDATE division 371502 修改区划 371502");
        assertThat(f.divisions.division(ReferenceFixture.reader(), DONGCHANGFU)).get().extracting(Division::nameEn).isEqualTo("Dongchangfu");
    }

    @Test
    void theListIsExportedWithChineseHeadersAndAudited() throws Exception {
        f.withDivisions();
        byte[] xlsx = f.divisions.export(ReferenceFixture.reader(), f.spreadsheets);
        List<List<String>> rows = f.spreadsheets.readFirstSheet(new ByteArrayInputStream(xlsx));
        int header = rows.indexOf(List.of("区划代码", "名称", "英文名称", "层级", "所属市"));
        assertThat(header).as("the Chinese header row").isNotNegative();
        assertThat(rows.subList(header + 1, rows.size())).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(3) + " " + (r.size() > 4 ? r.get(4) : ""))
                .as("every division, in the list's order, the parent named").containsExactly("371500 聊城市 市 ", "371502 东昌府区 县（市、区） 聊城市",
                        "371521 阳谷县 县（市、区） 聊城市");
        assertThat(f.audited()).containsExactly("EXPORT division null 导出行政区划 3 条");
        Caller nobody = new Caller(7, "nobody", "无权", null, null, Set.of(), Set.of(), DataScope.everything());
        assertThatThrownBy(() -> f.divisions.export(nobody, f.spreadsheets)).as("the list's read permission").isInstanceOf(ApiException.class);
    }

    @Test
    void aCountyNamesAnExistingCityAsItsParent() {
        f.withDivisions();
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.keeper(), new Division("371599", "某县", null, DivisionLevel.COUNTY, "379900"))))
                .containsExactly("parentCode not_found");
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.city(), new Division("371599", "某县", null, DivisionLevel.COUNTY, YANGGU))))
                .as("a county under a county would be out of its city's sight").containsExactly("parentCode invalid");
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.city(), new Division("371599", "某县", null, DivisionLevel.COUNTY, null))))
                .containsExactly("parentCode required");
        assertThat(f.divisions.division(ReferenceFixture.reader(), "371599")).isEmpty();
        assertThat(f.events.events()).isEmpty();
    }

    @Test
    void aCityWithCountiesStaysACity() {
        f.withDivisions();
        f.divisions.save(ReferenceFixture.keeper(), new Division("372500", "聊城（旧）", null, DivisionLevel.CITY, null));
        assertThatThrownBy(() -> f.divisions.save(ReferenceFixture.keeper(), new Division(CITY, "聊城市", null, DivisionLevel.COUNTY, "372500")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageContaining("2 counties");
    }

    @Test
    void divisionsAreWrittenOnlyInsideTheCallersScope() {
        f.withDivisions();
        f.divisions.save(ReferenceFixture.keeper(), new Division("372500", "德州市", null, DivisionLevel.CITY, null));
        f.divisions.save(ReferenceFixture.keeper(), new Division("372501", "德城区", null, DivisionLevel.COUNTY, "372500"));
        long before = f.count("select count(*) from test_audit");
        // a county office: no other division, and its own only where it stands
        assertOutOfScope(ReferenceFixture.county(), new Division(DONGCHANGFU, "东昌府区", null, DivisionLevel.COUNTY, "372500"));
        assertOutOfScope(ReferenceFixture.county(), new Division(DONGCHANGFU, "东昌府区", null, DivisionLevel.CITY, null));
        assertOutOfScope(ReferenceFixture.county(), new Division(YANGGU, "阳谷县", null, DivisionLevel.COUNTY, CITY));
        assertOutOfScope(ReferenceFixture.county(), new Division("371599", "某县", null, DivisionLevel.COUNTY, CITY));
        assertOutOfScope(ReferenceFixture.county(), new Division("379900", "某市", null, DivisionLevel.CITY, null));
        assertOutOfScope(ReferenceFixture.county(), new Division(CITY, "聊城市（改）", null, DivisionLevel.CITY, null));
        // a city office: its own counties, not another city's counties, no new city
        assertOutOfScope(ReferenceFixture.city(), new Division("379900", "某市", null, DivisionLevel.CITY, null));
        assertOutOfScope(ReferenceFixture.city(), new Division("372501", "德城区", null, DivisionLevel.COUNTY, CITY));
        assertOutOfScope(ReferenceFixture.city(), new Division(YANGGU, "阳谷县", null, DivisionLevel.COUNTY, "372500"));
        assertOutOfScope(ReferenceFixture.city(), new Division("372599", "某县", null, DivisionLevel.COUNTY, "372500"));
        assertThat(f.count("select count(*) from test_audit")).as("nothing written, nothing audited").isEqualTo(before);
        assertThat(f.divisions.visibleDivisions(CITY)).containsExactlyInAnyOrder(CITY, DONGCHANGFU, YANGGU);
        assertThat(f.divisions.visibleDivisions("372500")).containsExactlyInAnyOrder("372500", "372501");

        f.divisions.save(ReferenceFixture.city(), new Division(YANGGU, "阳谷县（改）", null, DivisionLevel.COUNTY, CITY));
        // renaming one's own division where it stands
        f.divisions.save(ReferenceFixture.city(), new Division(CITY, "聊城市（改）", null, DivisionLevel.CITY, null));
        f.divisions.save(ReferenceFixture.county(), new Division(DONGCHANGFU, "东昌府区（改）", null, DivisionLevel.COUNTY, CITY));
        f.divisions.save(ReferenceFixture.city(), new Division("371599", "某县", null, DivisionLevel.COUNTY, CITY));
        assertThat(f.divisions.visibleDivisions(CITY)).containsExactlyInAnyOrder(CITY, DONGCHANGFU, YANGGU, "371599");
    }

    @Test
    void noDivisionBecomesItsOwnAncestor() {
        f.withDivisions();
        // a city cannot go under one of its own counties (or any county), nor under itself
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.keeper(), new Division(CITY, "聊城市", null, DivisionLevel.COUNTY, DONGCHANGFU))))
                .containsExactly("parentCode invalid");
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.keeper(), new Division(CITY, "聊城市", null, DivisionLevel.COUNTY, CITY))))
                .contains("parentCode invalid");
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.keeper(), new Division(CITY, "聊城市", null, DivisionLevel.CITY, YANGGU))))
                .as("a city at the top").contains("parentCode invalid");
        assertThat(f.divisions.division(ReferenceFixture.reader(), CITY)).get().extracting(Division::level).isEqualTo(DivisionLevel.CITY);
    }

    private void assertOutOfScope(org.xuncha.platform.api.security.Caller caller, Division d) {
        assertThatThrownBy(() -> f.divisions.save(caller, d)).as(caller.username() + " saves " + d)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
    }

    @Test
    void badInputIsRefusedBeforeTheDatabaseAndNamesEveryField() {
        assertThat(fields(() -> f.divisions.save(ReferenceFixture.city(),
                new Division("37-15", "名".repeat(101), "n".repeat(101), null, null))))
                .containsExactlyInAnyOrder("code invalid", "nameZh too_long", "nameEn too_long", "level required");
        assertThatThrownBy(() -> f.divisions.save(ReferenceFixture.city(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("empty_body"));
        assertThatThrownBy(() -> f.divisions.save(ReferenceFixture.reader(), new Division(CITY, "聊城市", null, DivisionLevel.CITY, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(f.divisions.division(ReferenceFixture.reader(), "x".repeat(5000))).isEmpty();
        assertThat(f.audited()).isEmpty();
    }

    /** The fields a refusal names, as "field code". */
    static java.util.List<String> fields(Runnable call) {
        return Refusals.refusal(call).fields().stream().map(DivisionServiceTest::describe).toList();
    }

    private static String describe(FieldError e) {
        return e.field() + " " + e.code();
    }
}
