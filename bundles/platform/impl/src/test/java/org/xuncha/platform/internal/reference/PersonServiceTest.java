package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.internal.reference.DivisionServiceTest.fields;
import static org.xuncha.platform.internal.reference.ReferenceFixture.DONGCHANGFU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.YANGGU;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/** Persons on the real schema: their unit is looked up, and a person is in scope when the unit is. */
class PersonServiceTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();
    private final long dongchangfu = f.unit("DC-1", DONGCHANGFU, null).id();
    private final long yanggu = f.unit("YG-1", YANGGU, null).id();

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aPersonIsCreatedInAnExistingUnitWithTheUnitsDivision() {
        Person p = f.persons.create(ReferenceFixture.county(), person(" 张三 ", dongchangfu, Person.Leadership.TOP_LEADER));
        assertThat(p.name()).isEqualTo("张三");
        assertThat(p.divisionCode()).isEqualTo(DONGCHANGFU);
        assertThat(p.leadership()).isEqualTo(Person.Leadership.TOP_LEADER);
        assertThat(f.persons.create(ReferenceFixture.county(), person("李四", dongchangfu, null)).leadership())
                .as("no leadership given: staff").isEqualTo(Person.Leadership.STAFF);
        assertThat(f.topics()).contains(Events.topic("platform", "person_created"));
        assertThat(f.audited()).contains("CREATE person " + p.id() + " 新增干部 #" + p.id());
    }

    @Test
    void theUnitIsLookedUpAndEveryFieldKeepsToItsColumn() {
        assertThat(fields(() -> f.persons.create(ReferenceFixture.city(), person("王五", 999_999L, null)))).containsExactly("unitId not_found");
        assertThat(fields(() -> f.persons.create(ReferenceFixture.city(),
                new Person(null, "名".repeat(51), dongchangfu, "职".repeat(101), "级".repeat(31), null, null, true, null))))
                .containsExactlyInAnyOrder("name too_long", "post too_long", "rank too_long");
        assertThat(fields(() -> f.persons.create(ReferenceFixture.city(), new Person(null, " ", null, null, null, null, null, true, null))))
                .containsExactlyInAnyOrder("name required", "unitId required");
        assertThat(f.count("select count(*) from xc_person")).isZero();
    }

    @Test
    void aCountyNeitherSeesNorMovesPersonsOfAnotherCounty() {
        Person there = f.persons.create(ReferenceFixture.city(), person("阳谷某", yanggu, null));
        Person here = f.persons.create(ReferenceFixture.city(), person("东昌某", dongchangfu, null));
        Caller county = ReferenceFixture.county();
        assertThatThrownBy(() -> f.persons.get(county, there.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
        assertThatThrownBy(() -> f.persons.update(county, here.id(), moved(here, yanggu)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
        assertThatThrownBy(() -> f.persons.delete(county, there.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("out_of_scope"));
        assertThat(f.persons.find(county, PersonQuery.all(), PageRequest.first(10)).items()).extracting(Person::name).containsExactly("东昌某");
        assertThat(f.persons.byIds(county, List.of(there.id(), here.id()))).containsOnlyKeys(here.id());
        assertThat(f.persons.find(ReferenceFixture.office("379900"), PersonQuery.all(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void listsFilterByTextUnitLeadershipAndActivity() {
        f.persons.create(ReferenceFixture.city(), person("赵一", dongchangfu, Person.Leadership.TOP_LEADER));
        f.persons.create(ReferenceFixture.city(), person("钱二", dongchangfu, Person.Leadership.STAFF));
        Person gone = f.persons.create(ReferenceFixture.city(), person("孙三", yanggu, Person.Leadership.TOP_LEADER));
        f.persons.update(ReferenceFixture.city(), gone.id(), new Person(gone.id(), gone.name(), yanggu, "局长", null,
                Person.Leadership.TOP_LEADER, null, false, gone.version()));
        Caller city = ReferenceFixture.city();
        assertThat(f.persons.find(city, new PersonQuery("局", null, null, false), PageRequest.first(10)).items())
                .extracting(Person::name).containsExactly("孙三");
        assertThat(f.persons.find(city, new PersonQuery(null, null, Person.Leadership.TOP_LEADER, true), PageRequest.first(10)).items())
                .extracting(Person::name).containsExactly("赵一");
        assertThat(f.persons.find(city, new PersonQuery("局", null, null, true), PageRequest.first(10)).items())
                .as("a search among the active only").isEmpty();
        assertThat(f.persons.find(city, new PersonQuery("赵", null, null, true), PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(f.persons.find(city, new PersonQuery("%", null, null, true), PageRequest.first(10)).total())
                .as("a % typed is a character, not a wildcard").isZero();
        assertThat(f.persons.find(city, new PersonQuery("", dongchangfu, null, false),
                PageRequest.of(1, 10, "-name", PersonService.SORT.keySet(), "id")).items()).extracting(Person::name).containsExactly("钱二", "赵一");
    }

    @Test
    void aStaleVersionIsAConflict() {
        Person p = f.persons.create(ReferenceFixture.city(), person("周某", dongchangfu, null));
        f.persons.update(ReferenceFixture.city(), p.id(), new Person(p.id(), "周某某", p.unitId(), null, null, null, null, true, p.version()));
        assertThatThrownBy(() -> f.persons.update(ReferenceFixture.city(), p.id(), moved(p, yanggu)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("stale"));
        assertThat(f.persons.get(ReferenceFixture.city(), p.id()).orElseThrow().unitId()).isEqualTo(dongchangfu);
        assertThatThrownBy(() -> f.persons.update(ReferenceFixture.city(), 999_999L, moved(p, yanggu)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void becomingAUnitsTopLeaderIsAnnouncedWithTheOneBeforeByIdOnly() {
        Person old = f.persons.create(ReferenceFixture.county(), person("王原任", dongchangfu, Person.Leadership.TOP_LEADER));
        Person deputy = f.persons.create(ReferenceFixture.county(), person("李副职", dongchangfu, Person.Leadership.LEADING_GROUP));
        assertThat(changes()).containsExactly(dongchangfu + " " + old.id() + " null");
        f.events.clear();

        f.persons.update(ReferenceFixture.county(), deputy.id(), leadership(deputy, Person.Leadership.TOP_LEADER));
        assertThat(changes()).containsExactly(dongchangfu + " " + deputy.id() + " " + old.id());
        assertThat(f.events.events().get(f.events.events().size() - 1).toString()).doesNotContain("李副职");
        f.events.clear();

        // a change that leaves the top leader where he is announces nothing
        Person now = f.persons.get(ReferenceFixture.county(), deputy.id()).orElseThrow();
        f.persons.update(ReferenceFixture.county(), deputy.id(), new Person(now.id(), now.name(), dongchangfu, "党组书记", null,
                Person.Leadership.TOP_LEADER, null, true, now.version()));
        f.persons.update(ReferenceFixture.county(), old.id(), leadership(old, Person.Leadership.RETIRED));
        assertThat(changes()).isEmpty();
    }

    private List<String> changes() {
        return f.events.events().stream().filter(e -> e.getTopic().equals(Events.TOP_LEADER_CHANGED))
                .map(e -> e.getProperty("unitId") + " " + e.getProperty("personId") + " " + e.getProperty("previousPersonId")).toList();
    }

    private Person leadership(Person p, Person.Leadership leadership) {
        Person now = f.persons.get(ReferenceFixture.county(), p.id()).orElseThrow();
        return new Person(now.id(), now.name(), now.unitId(), now.post(), now.rank(), leadership, null, now.active(), now.version());
    }

    private static Person person(String name, Long unitId, Person.Leadership leadership) {
        return new Person(null, name, unitId, null, null, leadership, null, true, null);
    }

    private static Person moved(Person p, long unitId) {
        return new Person(p.id(), p.name(), unitId, p.post(), p.rank(), p.leadership(), null, p.active(), p.version());
    }
}
