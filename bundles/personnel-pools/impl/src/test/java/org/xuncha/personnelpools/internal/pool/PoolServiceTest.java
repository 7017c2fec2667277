package org.xuncha.personnelpools.internal.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.testkit.Refusals;

class PoolServiceTest {

    final TestModule m = new TestModule();
    final Unit audit = m.reference.addUnit("371500-030", "聊城市审计局", TestModule.CITY, null, null, null);
    final Unit county = m.reference.addUnit("371521-001", "阳谷县审计局", TestModule.COUNTY, null, null, null);
    final Person chief = person("赵一", audit, "正处级");
    final Person clerk = person("钱二", audit, "科员");
    final Person countyClerk = person("孙三", county, "科员");

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void admissionTakesEffectWhenTheOfficeApprovesAndBothStepsAreAuditedInTheirTransactions() {
        PoolEntry applied = m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(chief.id(), PoolKind.LEADER, null, "专职", null, " 业务骨干 "));
        assertThat(applied.status()).isEqualTo(EntryStatus.PENDING_ADMISSION);
        assertThat(applied.divisionCode()).as("the pool of the caller's office").isEqualTo(TestModule.CITY);
        assertThat(applied.admissionReason()).isEqualTo("业务骨干");
        assertThat(applied.homeUnitName()).isEqualTo("聊城市审计局");
        assertThat(applied.rank()).isEqualTo("正处级");
        assertThat(Refusals.status(() -> m.pools.decide(TestModule.cityStaff(), applied.id(), new PoolEntry.Decision(true, null))))
                .as("staff apply, leaders approve").isEqualTo(403);

        m.db.testClock().set(LocalDate.of(2025, 2, 3).atTime(9, 0));
        PoolEntry active = m.pools.decide(TestModule.cityLeader(), applied.id(), new PoolEntry.Decision(true, "同意"));
        assertThat(active.status()).isEqualTo(EntryStatus.ACTIVE);
        assertThat(active.since()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(active.decidedBy()).isEqualTo("city-leader");
        assertThat(m.db.audits()).extracting(a -> a.action() + " " + a.type() + " " + a.inTransaction())
                .containsExactly("CREATE pool_entry true", "TRANSITION pool_entry true");
        assertThat(m.db.audits().get(1).summary()).contains("批准入库").contains("待审批入库 → 在库");
        assertThat(m.db.events(PersonnelPoolsEvents.ENTRY_DECIDED)).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry(PersonnelPoolsEvents.STATUS, "ACTIVE"));

        assertThat(refusal(() -> m.pools.decide(TestModule.cityLeader(), applied.id(), new PoolEntry.Decision(true, null))).code())
                .isEqualTo("not_pending");
        assertThat(refusal(() -> m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(chief.id(), PoolKind.LEADER, null, null, null, "再次")))
                .code()).isEqualTo("already_in_pool");
    }

    @Test
    void exitIsAppliedForWithAReasonAndARefusalNeedsANote() {
        PoolEntry e = admitted(clerk, PoolKind.MEMBER);
        assertThat(Refusals.fields(() -> m.pools.applyExit(TestModule.cityStaff(), e.id(), new PoolEntry.Exit(" ")))).containsExactly("reason");
        PoolEntry leaving = m.pools.applyExit(TestModule.cityStaff(), e.id(), new PoolEntry.Exit("调离"));
        assertThat(leaving.status()).isEqualTo(EntryStatus.PENDING_EXIT);
        assertThat(leaving.exitReason()).isEqualTo("调离");
        assertThat(Refusals.fields(() -> m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(false, null)))).containsExactly("note");
        assertThat(m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(false, "工作需要，暂缓出库")).status()).isEqualTo(EntryStatus.ACTIVE);
        m.pools.applyExit(TestModule.cityStaff(), e.id(), new PoolEntry.Exit("调离"));
        assertThat(m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(true, null)).status()).isEqualTo(EntryStatus.EXITED);
        assertThat(refusal(() -> m.pools.applyExit(TestModule.cityStaff(), e.id(), new PoolEntry.Exit("再次"))).code()).isEqualTo("not_in_pool");
    }

    @Test
    void everyEligibilityRuleThePersonFailsIsNamedAndNothingIsWritten() {
        m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(null, true, List.of(), List.of(), List.of(), List.of(), null));
        m.db.clearRecords();
        ApiException e = refusal(() -> m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(clerk.id(), PoolKind.LEADER, null, null, null, "推荐")));
        assertThat(e.status()).isEqualTo(409);
        assertThat(e.code()).isEqualTo("not_eligible");
        assertThat(e.fields()).extracting(FieldError::code).containsExactly("eligibility.rank", "eligibility.no_open_case");
        assertThat(e.fields()).allSatisfy(f -> assertThat(f.messageEn()).isNotBlank());
        assertThat(m.db.audits()).isEmpty();
        assertThat(m.pools.entries(TestModule.cityLeader(), null, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void badInputIsRefusedFieldByFieldAndUnknownPeopleAreNamed() {
        assertThat(Refusals.fields(() -> m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(null, null, null, "来".repeat(51), null, null))))
                .containsExactly("personId", "pool", "reason", "source");
        assertThat(Refusals.fieldCodes(() -> m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(9999L, PoolKind.MEMBER, null, null, null, "推荐"))))
                .containsExactly("personId:not_found");
        assertThat(Refusals.fields(() -> m.pools.apply(TestModule.cityStaff(), null))).containsExactly("body");
        assertThat(Refusals.status(() -> m.pools.entry(TestModule.cityLeader(), 4242))).isEqualTo(404);
    }

    @Test
    void aCountyOfficeKeepsAndSeesItsOwnPoolsOnlyAndTheCitySeesItsCounties() {
        PoolEntry cityEntry = admitted(clerk, PoolKind.MEMBER);
        assertThat(Refusals.status(() -> m.pools.apply(TestModule.countyLeader(), new PoolEntry.Draft(clerk.id(), PoolKind.MEMBER, null, null, null, "借用"))))
                .as("a city cadre is outside the county's scope").isEqualTo(403);
        assertThat(Refusals.status(() -> m.pools.apply(TestModule.countyLeader(), new PoolEntry.Draft(countyClerk.id(), PoolKind.MEMBER,
                TestModule.CITY, null, null, "推荐")))).as("nor can it put anyone into the city's pool").isEqualTo(403);
        PoolEntry countyEntry = m.pools.apply(TestModule.countyLeader(), new PoolEntry.Draft(countyClerk.id(), PoolKind.MEMBER, null, null, null, "推荐"));
        assertThat(countyEntry.divisionCode()).isEqualTo(TestModule.COUNTY);
        assertThat(m.pools.entries(TestModule.countyLeader(), null, PageRequest.first(10)).items()).extracting(PoolEntry::id)
                .containsExactly(countyEntry.id());
        assertThat(Refusals.status(() -> m.pools.entry(TestModule.countyLeader(), cityEntry.id()))).isEqualTo(403);
        assertThat(Refusals.status(() -> m.pools.decide(TestModule.countyLeader(), cityEntry.id(), new PoolEntry.Decision(true, null)))).isEqualTo(403);
        assertThat(m.pools.entries(TestModule.cityLeader(), null, PageRequest.first(10)).total()).isEqualTo(2);
    }

    @Test
    void listsFilterByPoolStatusSpecialtyAndNameAndTheExportIsTheSameListAudited() {
        PoolEntry lead = admitted(chief, PoolKind.LEADER);
        admitted(clerk, PoolKind.MEMBER);
        m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(null, false, List.of("审计"), List.of(), List.of(), List.of(), null));
        PageRequest page = PageRequest.of(null, null, "personName", PoolService.SORTABLE, "-id");
        assertThat(m.pools.entries(TestModule.cityLeader(), new PoolEntry.Query(PoolKind.LEADER, null, null, null), page).items())
                .extracting(PoolEntry::id).containsExactly(lead.id());
        assertThat(m.pools.entries(TestModule.cityLeader(), new PoolEntry.Query(null, null, "审计", null), page).items())
                .extracting(PoolEntry::personName).containsExactly("钱二");
        assertThat(m.pools.entries(TestModule.cityLeader(), new PoolEntry.Query(null, EntryStatus.ACTIVE, " ", "赵"), page).items())
                .extracting(PoolEntry::personName).containsExactly("赵一");
        assertThat(m.pools.entries(TestModule.cityLeader(), new PoolEntry.Query(null, EntryStatus.REJECTED, null, null), page).total()).isZero();

        m.db.clearRecords();
        m.pools.export(TestModule.cityLeader(), new PoolEntry.Query(null, null, "审计", null));
        assertThat(m.sheets).singleElement().satisfies(s -> {
            assertThat(s.header()).startsWith("人才库", "姓名", "职级");
            assertThat(s.rows()).singleElement().satisfies(r -> assertThat(r).startsWith("巡察干部库", "钱二", "科员", "聊城市审计局", "审计"));
        });
        assertThat(m.db.audits()).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo(AuditAction.EXPORT));
        assertThat(m.pools.sizes(TestModule.cityLeader())).containsEntry(PoolKind.LEADER, 1L).containsEntry(PoolKind.MEMBER, 1L)
                .containsEntry(PoolKind.TRAINER, 0L);
    }

    private PoolEntry admitted(Person p, PoolKind pool) {
        PoolEntry e = m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(p.id(), pool, null, null, null, "推荐"));
        return m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(true, null));
    }

    private Person person(String name, Unit unit, String rank) {
        Person p = m.reference.addPerson(name, unit.id(), "干部");
        return m.reference.add(new Person(p.id(), name, unit.id(), "干部", rank, Person.Leadership.STAFF, unit.divisionCode(), true, 0L));
    }
}
