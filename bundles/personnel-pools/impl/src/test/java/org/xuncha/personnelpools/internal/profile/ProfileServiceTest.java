package org.xuncha.personnelpools.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.Specialty;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.testkit.Refusals;
import org.xuncha.testkit.TestModuleStore;

class ProfileServiceTest {

    final TestModule m = new TestModule();
    final Unit audit = m.reference.addUnit("371500-030", "聊城市审计局", TestModule.CITY, null, null, null);
    final Unit edu = m.reference.addUnit("371500-040", "聊城市教育和体育局", TestModule.CITY, null, null, null);
    final Person clerk = m.reference.addPerson("钱二", audit.id(), "科员");
    final Person teacher = m.reference.addPerson("周四", edu.id(), "科长");

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aProfileIsStoredWithItsRelativesEncryptedAndReadBackAudited() throws Exception {
        Profile saved = m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(LocalDate.of(1985, 5, 1), false, List.of("审计", "财务"),
                List.of(new Profile.Employment(edu.id(), 2010, 2015)), List.of(new Profile.Relative(edu.id(), teacher.id(), " 配偶 ", "在该局任科长")),
                List.of(new Profile.Availability(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 6, 30))), null));
        assertThat(saved.specialties()).containsExactly("审计", "财务");
        assertThat(saved.relatives()).containsExactly(new Profile.Relative(edu.id(), teacher.id(), "配偶", "在该局任科长"));
        try (Connection c = m.db.database().connection(); ResultSet rs = c.createStatement()
                .executeQuery("select relation, note from xc_personnel_pools_relative")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith(TestModuleStore.CIPHER_PREFIX).doesNotContain("配偶");
            assertThat(rs.getString(2)).startsWith(TestModuleStore.CIPHER_PREFIX);
        }
        assertThat(m.db.audits()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.CREATE);
            assertThat(a.summary()).doesNotContain("配偶");
        });
        Profile read = m.profiles.profile(TestModule.cityLeader(), clerk.id());
        assertThat(read).isEqualTo(saved);
        assertThat(m.db.audits().get(1).action()).isEqualTo(AuditAction.READ);
    }

    @Test
    void anUpdateReplacesTheListsAndAStaleVersionIsRefused() {
        Profile first = m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(null, null, List.of("审计"), null, null, null, null));
        Profile second = m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(null, null, List.of("法律"), null, null, null, first.version()));
        assertThat(second.specialties()).containsExactly("法律");
        assertThat(refusal(() -> m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(null, null, List.of(), null, null, null,
                first.version()))).code()).isEqualTo("stale_version");
        assertThat(m.profiles.profile(TestModule.cityStaff(), teacher.id()).version()).as("no profile yet: an empty one").isZero();
    }

    @Test
    void everyBadItemIsNamedByItsPlaceInTheList() {
        Profile.Draft bad = new Profile.Draft(null, null, List.of("审计", "审计", "烹饪"),
                List.of(new Profile.Employment(9999L, 2010, 2009), new Profile.Employment(null, null, null)),
                List.of(new Profile.Relative(audit.id(), teacher.id(), "父".repeat(21), null)),
                List.of(new Profile.Availability(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1))), null);
        assertThat(Refusals.fieldCodes(() -> m.profiles.save(TestModule.cityStaff(), clerk.id(), bad))).containsExactly(
                "specialties[1]:duplicate", "history[0].toYear:out_of_range", "history[1].unitId:required", "history[1].fromYear:required",
                "relatives[0].relation:too_long", "availability[0].to:out_of_range");
        Profile.Draft unknown = new Profile.Draft(null, null, List.of("烹饪"), List.of(new Profile.Employment(9999L, 2010, null)),
                List.of(new Profile.Relative(audit.id(), teacher.id(), "父亲", null)), null, null);
        assertThat(Refusals.fieldCodes(() -> m.profiles.save(TestModule.cityStaff(), clerk.id(), unknown))).containsExactly(
                "history[0].unitId:not_found", "relatives[0].unitId:invalid", "specialties[0]:unknown");
        assertThat(Refusals.status(() -> m.profiles.save(TestModule.cityStaff(), 9999L, unknown))).isEqualTo(404);
        assertThat(Refusals.status(() -> m.profiles.profile(TestModule.countyLeader(), clerk.id()))).isEqualTo(403);
    }

    @Test
    void anOfficeExtendsTheVocabularyForItselfAndItsCountiesSeeOnlyTheirOwnAdditions() {
        assertThat(m.profiles.specialties(TestModule.cityStaff())).extracting(Specialty::name)
                .containsExactly("财务", "审计", "法律", "纪检监察", "组织人事", "工程建设", "信息化");
        m.profiles.addSpecialty(TestModule.cityStaff(), new Specialty(" 生态环保 ", "environment", null));
        assertThat(m.profiles.specialties(TestModule.cityStaff())).extracting(Specialty::name).contains("生态环保");
        assertThat(m.profiles.specialties(TestModule.countyLeader())).extracting(Specialty::name).doesNotContain("生态环保");
        assertThat(refusal(() -> m.profiles.addSpecialty(TestModule.countyLeader(), new Specialty("生态环保", null, null))).code()).isEqualTo("specialty_exists");
        assertThat(Refusals.fields(() -> m.profiles.addSpecialty(TestModule.cityStaff(), new Specialty("长".repeat(31), null, null)))).containsExactly("name");
        m.profiles.save(TestModule.cityStaff(), clerk.id(), new Profile.Draft(null, null, List.of("生态环保"), null, null, null, null));
    }
}
