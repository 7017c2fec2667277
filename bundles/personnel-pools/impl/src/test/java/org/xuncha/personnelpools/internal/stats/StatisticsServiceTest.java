package org.xuncha.personnelpools.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolStatistics;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.roundplanning.api.GroupRole;

class StatisticsServiceTest {

    static final LocalDate DAY = LocalDate.of(2025, 2, 20);
    final TestModule m = new TestModule();
    final StatisticsService statistics = new StatisticsService(m.store, m.pools);
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person a = person("甲");
    final Person b = person("乙");
    final Person c = person("丙");

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void poolSizesBySpecialtySecondmentsPerYearAndTheYearsTrainingHoursAndAttendanceRate() {
        m.db.testClock().setToday(DAY);
        admit(a, PoolKind.MEMBER);
        admit(b, PoolKind.MEMBER);
        admit(c, PoolKind.TRAINER);
        m.profiles.save(TestModule.cityStaff(), a.id(), new Profile.Draft(null, false, List.of("审计", "财务"), List.of(), List.of(), List.of(), null));
        m.profiles.save(TestModule.cityStaff(), b.id(), new Profile.Draft(null, false, List.of("审计"), List.of(), List.of(), List.of(), null));
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 1))
                .round(20, 1, 2, DAY.plusDays(10), DAY.plusDays(40));
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, null, a.id(), GroupRole.MEMBER, null, null));
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(20L, null, b.id(), GroupRole.MEMBER, null, null));
        Training t = m.trainings.create(TestModule.cityStaff(), new Training.Draft(TrainingKind.WEEKLY_LECTURE, "大讲堂", null, c.id(), DAY, 2, null,
                null, List.of(a.id(), b.id())));
        m.trainings.signIn(TestModule.cityStaff(), t.id(), a.id());
        m.trainings.signIn(TestModule.cityStaff(), t.id(), c.id());

        PoolStatistics s = statistics.statistics(TestModule.cityStaff(), 2025);
        assertThat(s.byPool().get(PoolKind.MEMBER)).isEqualTo(2);
        assertThat(s.byPool().get(PoolKind.TRAINER)).isEqualTo(1);
        assertThat(s.bySpecialty()).containsExactly(java.util.Map.entry("审计", 2L), java.util.Map.entry("财务", 1L));
        assertThat(s.secondmentsByYear()).containsExactly(java.util.Map.entry(2024, 1L), java.util.Map.entry(2025, 1L));
        assertThat(s.trainingEvents()).isEqualTo(1);
        assertThat(s.trainingHours()).as("two people signed in, two hours each").isEqualTo(4);
        assertThat(s.invited()).isEqualTo(2);
        assertThat(s.invitedAttended()).isEqualTo(1);
        assertThat(s.attendanceRate()).isEqualTo(0.5);
        PoolStatistics before = statistics.statistics(TestModule.cityStaff(), 2024);
        assertThat(before.trainingHours()).isZero();
        assertThat(before.attendanceRate()).isNull();
        PoolStatistics county = statistics.statistics(TestModule.countyLeader(), 2025);
        assertThat(county.bySpecialty()).isEmpty();
        assertThat(county.secondmentsByYear()).isEmpty();
        assertThat(county.trainingEvents()).isZero();
    }

    private void admit(Person p, PoolKind pool) {
        PoolEntry e = m.pools.apply(TestModule.cityStaff(), new PoolEntry.Draft(p.id(), pool, null, null, null, "推荐"));
        m.pools.decide(TestModule.cityLeader(), e.id(), new PoolEntry.Decision(true, null));
    }

    private Person person(String name) {
        Person p = m.reference.addPerson(name, office.id(), "干部");
        return m.reference.add(new Person(p.id(), name, office.id(), "干部", "正科级", Person.Leadership.STAFF, TestModule.CITY, true, 0L));
    }
}
