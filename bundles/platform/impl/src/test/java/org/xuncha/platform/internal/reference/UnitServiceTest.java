package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.internal.reference.DivisionServiceTest.fields;
import static org.xuncha.platform.internal.reference.ReferenceFixture.CITY;
import static org.xuncha.platform.internal.reference.ReferenceFixture.DONGCHANGFU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.YANGGU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.draft;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.internal.registry.PlatformDescriptor;
import org.xuncha.testkit.TestCallers;

/** Units on the real schema: what they refer to is looked up, the tree stays a tree, lists keep to the caller's scope. */
class UnitServiceTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aCreatedUnitIsAuditedInItsTransactionAndAnnouncedAfterIt() {
        Unit u = f.units.create(ReferenceFixture.city(), new Unit(null, " LC-JY ", " 教育局党组 ", CITY, null, " ", "社会民生", "", true, null));
        assertThat(u.id()).isNotNull();
        assertThat(u.code()).isEqualTo("LC-JY");
        assertThat(u.name()).isEqualTo("教育局党组");
        assertThat(u.field()).as("blank is none").isNull();
        assertThat(f.audited()).containsExactly("CREATE unit " + u.id() + " 新增单位 LC-JY");
        assertThat(f.topics()).containsExactly(Events.topic("platform", "unit_created"));
        assertThat(f.events.events().get(0).getProperty(Events.ENTITY_ID)).isEqualTo(String.valueOf(u.id()));
    }

    @Test
    void aCallerWhoseScopeIsEmptySeesNoActiveUnitAndTheQueryRunsOnH2() {
        // the dashboard's active units of an account without divisions: "nothing in scope" and "active = true"
        // in one statement used to reach H2 as "1 = 0 and active = 1" (BOOLEAN and INTEGER are not comparable)
        f.units.create(ReferenceFixture.city(), new Unit(null, "LC-JY", "教育局党组", CITY, null, null, null, null, true, null));
        Caller none = TestCallers.office("office.none", CITY, Set.of(), null, PlatformDescriptor.REFERENCE_READ);
        assertThat(f.units.all(none, new UnitQuery(null, null, null, null, null, null, true))).isEmpty();
        assertThat(f.units.all(ReferenceFixture.city(), new UnitQuery(null, null, null, null, null, null, true))).hasSize(1);
        assertThat(f.persons.find(none, new PersonQuery(null, null, null, true), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void notAnInspectionTargetIsSetOnlyWhenSaid() {
        Unit created = f.units.create(ReferenceFixture.city(), draft("JW-1", CITY, null));
        assertThat(created.notInspectionTarget()).as("unsaid on creation: a target").isFalse();
        Unit marked = f.units.update(ReferenceFixture.city(), created.id(), with(created, true));
        assertThat(marked.notInspectionTarget()).isTrue();
        assertThat(marked.inspectionTarget()).isFalse();
        Unit renamed = f.units.update(ReferenceFixture.city(), created.id(), with(marked, null));
        assertThat(renamed.notInspectionTarget()).as("a client that does not know the attribute keeps it").isTrue();
        assertThat(f.units.update(ReferenceFixture.city(), created.id(), with(renamed, false)).notInspectionTarget()).isFalse();
    }

    private static Unit with(Unit u, Boolean notTarget) {
        return new Unit(u.id(), u.code(), u.name(), u.divisionCode(), u.parentId(), u.field(), u.sector(), u.system(), u.active(),
                u.version(), notTarget);
    }

    @Test
    void everythingAUnitRefersToIsLookedUpAndNamed() {
        long parent = f.unit("P-1", CITY, null).id();
        assertThat(fields(() -> f.units.create(ReferenceFixture.city(), draft("U-1", "379999", null))))
                .containsExactly("divisionCode not_found");
        assertThat(fields(() -> f.units.create(ReferenceFixture.city(), draft("U-1", CITY, 999_999L))))
                .containsExactly("parentId not_found");
        assertThat(fields(() -> f.units.create(ReferenceFixture.city(), draft("P-1", CITY, null))))
                .containsExactly("code duplicate");
        assertThat(fields(() -> f.units.create(ReferenceFixture.city(),
                new Unit(null, "有 空格", "名".repeat(201), "37150", null, "x".repeat(51), "y".repeat(51), "z".repeat(51), true, null))))
                .containsExactlyInAnyOrder("code invalid", "name too_long", "divisionCode invalid", "field too_long", "sector too_long",
                        "system too_long");
        assertThat(fields(() -> f.units.create(ReferenceFixture.city(), new Unit(null, null, " ", null, null, null, null, null, true, null))))
                .containsExactlyInAnyOrder("code required", "name required", "divisionCode required");
        assertThat(f.units.create(ReferenceFixture.city(), draft("U-1", DONGCHANGFU, parent)).parentId()).isEqualTo(parent);
        assertThat(f.count("select count(*) from xc_unit")).isEqualTo(2);
    }

    @Test
    void noUnitBecomesItsOwnAncestor() {
        Unit a = f.unit("A", CITY, null);
        Unit b = f.unit("B", CITY, a.id());
        Unit c = f.unit("C", CITY, b.id());
        assertThat(fields(() -> f.units.update(ReferenceFixture.city(), a.id(), withParent(a, c.id())))).containsExactly("parentId invalid");
        assertThat(fields(() -> f.units.update(ReferenceFixture.city(), a.id(), withParent(a, a.id())))).containsExactly("parentId invalid");
        Unit moved = f.units.update(ReferenceFixture.city(), c.id(), withParent(f.units.get(ReferenceFixture.city(), c.id()).orElseThrow(), a.id()));
        assertThat(moved.parentId()).isEqualTo(a.id());
    }

    @Test
    void aCountyWritesOnlyInsideItsScopeAndCannotHangUnitsUnderAnothers() {
        Unit yanggu = f.unit("YG-1", YANGGU, null);
        Caller county = ReferenceFixture.county();
        assertThatThrownBy(() -> f.units.create(county, draft("DC-X", YANGGU, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
        assertThat(fields(() -> f.units.create(county, draft("DC-1", DONGCHANGFU, yanggu.id())))).containsExactly("parentId out_of_scope");
        assertThatThrownBy(() -> f.units.update(county, yanggu.id(), draft("YG-1", DONGCHANGFU, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
        assertThatThrownBy(() -> f.units.get(county, yanggu.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
        assertThat(f.units.byIds(county, List.of(yanggu.id(), 424242L))).isEmpty();
        assertThat(f.audited()).hasSize(1);
    }

    @Test
    void listsKeepToTheScopeFilterAndPage() {
        for (int i = 0; i < 12; i++) {
            f.unit(String.format("DC-%02d", i), DONGCHANGFU, null);
        }
        f.unit("YG_1", YANGGU, null);
        f.unit("YGA1", YANGGU, null);
        Page<Unit> page = f.units.find(ReferenceFixture.county(), UnitQuery.all(), PageRequest.of(2, 5, "-code", UnitService.SORT.keySet(), "code"));
        assertThat(page.total()).isEqualTo(12);
        assertThat(page.items()).extracting(Unit::code).containsExactly("DC-06", "DC-05", "DC-04", "DC-03", "DC-02");
        assertThat(f.units.find(ReferenceFixture.city(), new UnitQuery("g_", null, null, null, null, null, false), PageRequest.first(10)).items())
                .as("_ is matched literally, not as any character").extracting(Unit::code).containsExactly("YG_1");
        assertThat(f.units.find(ReferenceFixture.city(), new UnitQuery(" ", " ", "", null, null, null, true), PageRequest.first(100)).total())
                .as("blank filters filter nothing").isEqualTo(14);
        Caller nowhere = ReferenceFixture.office("379900");
        assertThat(f.units.all(nowhere, UnitQuery.all())).isEmpty();
        assertThat(f.units.all(Caller.system("t"), new UnitQuery(null, YANGGU, null, null, null, null, false)))
                .extracting(Unit::code).containsExactly("YGA1", "YG_1");
    }

    @Test
    void aStaleVersionAndAUnitInUseAreConflictsThatChangeNothing() {
        Unit u = f.unit("CF-1", CITY, null);
        Unit renamed = f.units.update(ReferenceFixture.city(), u.id(), rename(u, "第一次"));
        assertThatThrownBy(() -> f.units.update(ReferenceFixture.city(), u.id(), rename(u, "基于旧版本")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("stale"));
        f.persons.create(ReferenceFixture.city(), new Person(null, "李某", u.id(), null, null, null, null, true, null));
        assertThatThrownBy(() -> f.units.delete(ReferenceFixture.city(), u.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("in_use"));
        assertThat(f.units.get(ReferenceFixture.city(), u.id())).get().isEqualTo(renamed);
        assertThatThrownBy(() -> f.units.delete(ReferenceFixture.city(), 999_999L))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));

        Unit free = f.unit("CF-2", CITY, null);
        f.units.delete(ReferenceFixture.city(), free.id());
        assertThat(f.units.get(ReferenceFixture.city(), free.id())).isEmpty();
        assertThat(f.audited()).last().isEqualTo("DELETE unit " + free.id() + " 删除单位 CF-2");
        assertThat(f.topics()).last().isEqualTo(Events.topic("platform", "unit_deleted"));
    }

    @Test
    void onlyAWriterWrites() {
        assertThatThrownBy(() -> f.units.create(ReferenceFixture.reader(), draft("R-1", CITY, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        Caller nobody = new Caller(9, "nobody", "x", null, null, Set.of(), Set.of(), ReferenceFixture.reader().scope());
        assertThatThrownBy(() -> f.units.find(nobody, UnitQuery.all(), PageRequest.first(1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        assertThatThrownBy(() -> f.units.create(ReferenceFixture.city(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("empty_body"));
    }

    private static Unit withParent(Unit u, Long parentId) {
        return new Unit(u.id(), u.code(), u.name(), u.divisionCode(), parentId, u.field(), u.sector(), u.system(), u.active(), u.version());
    }

    private static Unit rename(Unit u, String name) {
        return new Unit(u.id(), u.code(), name, u.divisionCode(), u.parentId(), u.field(), u.sector(), u.system(), u.active(), u.version());
    }

    /**
     * A list's first page runs as a query kept prepared per persistence unit (Where's PagedQueries): the
     * same list asked again, by another scope (a collection parameter of another size), after a change,
     * and past the first page or above the kept size, answers what a freshly built query answers.
     */
    @Test
    void aKeptFirstPageAnswersLikeAFreshQuery() {
        for (int i = 0; i < 30; i++) {
            f.unit(String.format("K-%02d", i), i % 3 == 0 ? CITY : i % 3 == 1 ? DONGCHANGFU : YANGGU, null);
        }
        UnitQuery all = new UnitQuery(null, null, null, null, null, null, false);
        Caller city = ReferenceFixture.city();
        Caller county = ReferenceFixture.county();
        List<String> first = codes(f.units.find(city, all, PageRequest.of(1, 20, null, UnitService.SORT.keySet(), "code")));
        assertThat(first).hasSize(20).isSorted().startsWith("K-00", "K-01");
        assertThat(codes(f.units.find(city, all, PageRequest.of(1, 20, null, UnitService.SORT.keySet(), "code")))).isEqualTo(first);
        Page<Unit> ofCounty = f.units.find(county, all, PageRequest.of(1, 20, null, UnitService.SORT.keySet(), "code"));
        assertThat(ofCounty.total()).isEqualTo(10);
        assertThat(ofCounty.items()).hasSize(10).allMatch(u -> u.divisionCode().equals(DONGCHANGFU));
        assertThat(codes(f.units.find(city, all, PageRequest.of(2, 20, null, UnitService.SORT.keySet(), "code"))))
                .hasSize(10).startsWith("K-20").endsWith("K-29");
        assertThat(codes(f.units.find(city, all, PageRequest.of(1, 200, null, UnitService.SORT.keySet(), "code")))).hasSize(30);
        f.unit("K-000", YANGGU, null);
        assertThat(codes(f.units.find(city, all, PageRequest.of(1, 20, null, UnitService.SORT.keySet(), "code"))))
                .hasSize(20).startsWith("K-00", "K-000", "K-01");
    }

    private static List<String> codes(Page<Unit> page) {
        return page.items().stream().map(Unit::code).toList();
    }
}
