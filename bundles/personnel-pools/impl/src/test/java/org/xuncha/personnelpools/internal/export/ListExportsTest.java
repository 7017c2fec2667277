package org.xuncha.personnelpools.internal.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.TestCallers;

/** 抽调名单 and 培训日历 as spreadsheets: the page's rows under Chinese headers, in the caller's scope, audited. */
class ListExportsTest {

    static final LocalDate DAY = LocalDate.of(2025, 2, 20);
    final TestModule m = new TestModule();
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person teacher = person("师资甲");
    final Person leader = person("组长乙");
    final Person seconded = person("抽调丁");
    final Caller staff = TestModule.cityStaff();
    final ListExports exports = new ListExports(m.store, m.spreadsheets(), m.secondments, m.trainings);

    ListExportsTest() {
        m.db.testClock().setToday(DAY);
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, DAY.plusDays(10), DAY.plusDays(50))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(leader.id(), GroupRole.LEADER)), Set.of());
        m.admitted(teacher, PoolKind.TRAINER);
        m.admitted(seconded, PoolKind.MEMBER);
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, null, seconded.id(), GroupRole.MEMBER, null, null));
        m.db.clearRecords();
    }

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aRoundsSecondmentsAsThePageListsThem() {
        exports.secondments(staff, 10L);
        var sheet = m.sheets.get(0);
        assertThat(sheet.header()).containsExactly("姓名", "组内职务", "例外情形", "例外理由", "进驻日期", "撤离日期");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).startsWith("抽调丁", "组员");
        assertThat(m.db.audits()).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo(AuditAction.EXPORT));

        assertThat(refusal(() -> exports.secondments(TestModule.countyLeader(), 10L)).status()).as("a city round, out of the county's scope")
                .isEqualTo(403);
        assertThat(refusal(() -> exports.secondments(TestCallers.office("nobody", TestModule.CITY, Set.of(TestModule.CITY), null,
                InMemoryReferenceData.READ), 10L)).status()).as("no read permission").isEqualTo(403);
    }

    @Test
    void trainingsWithTheListsFiltersAndAttendance() {
        Training t = m.trainings.create(staff, new Training.Draft(TrainingKind.ROUND, "巡前培训", 10L, teacher.id(), DAY, 4, "市委党校", null,
                List.of(leader.id(), seconded.id())));
        m.trainings.signIn(staff, t.id(), leader.id());
        m.trainings.create(staff, new Training.Draft(TrainingKind.WEEKLY_LECTURE, "每周大讲堂", null, teacher.id(), DAY.plusDays(1), 2, "会议室",
                null, List.of()));

        exports.trainings(staff, 2025, TrainingKind.ROUND, null);
        var sheet = m.sheets.get(0);
        assertThat(sheet.header()).containsExactly("日期", "类型", "培训主题", "授课人", "学时", "地点", "已签到", "应到");
        assertThat(sheet.rows()).as("the kind filter").singleElement()
                .isEqualTo(java.util.Arrays.asList(DAY, "一轮一培训", "巡前培训", "师资甲", 4, "市委党校", 1L, 2));
        exports.trainings(staff, 2025, null, null);
        assertThat(m.sheets.get(1).rows()).hasSize(2);
        exports.trainings(TestModule.countyLeader(), 2025, null, null);
        assertThat(m.sheets.get(2).rows()).as("the county sees only its own").isEmpty();
        assertThat(m.db.audits()).filteredOn(a -> a.action() == AuditAction.EXPORT).hasSize(3);
    }

    private Person person(String name) {
        return m.cadre(name, office.id());
    }
}
