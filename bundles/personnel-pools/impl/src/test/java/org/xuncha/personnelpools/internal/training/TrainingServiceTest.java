package org.xuncha.personnelpools.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.testkit.Refusals.fieldCodes;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Secondment;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingReports;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.testkit.TestCallers;

class TrainingServiceTest {

    static final LocalDate DAY = LocalDate.of(2025, 2, 20);
    final TestModule m = new TestModule();
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person teacher = person("师资甲");
    final Person leader = person("组长乙");
    final Person member = person("组员丙");
    final Person seconded = person("抽调丁");
    final Person notTrainer = person("非师资戊");
    final Caller staff = TestModule.cityStaff();

    TrainingServiceTest() {
        m.db.testClock().setToday(DAY);
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, DAY.plusDays(10), DAY.plusDays(50))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(leader.id(), GroupRole.LEADER), new GroupMember(member.id(), GroupRole.MEMBER)), Set.of());
        m.admitted(teacher, PoolKind.TRAINER);
        m.admitted(seconded, PoolKind.MEMBER);
        m.secondments.second(TestModule.cityLeader(), new Secondment.Draft(10L, null, seconded.id(), GroupRole.MEMBER, null, null));
        m.db.clearRecords();
    }

    @AfterEach
    void close() {
        m.close();
    }

    private Training.Draft draft(TrainingKind kind, Long roundId, long trainer, LocalDate date, List<Long> invitees) {
        return new Training.Draft(kind, "巡前培训：巡察工作条例解读", roundId, trainer, date, 4, "市委党校", null, invitees);
    }

    @Test
    void aTrainingNeedsATrainerFromTheTrainerPoolAndKnownPeopleAndRoundAndIsAudited() {
        assertThat(fieldCodes(() -> m.trainings.create(staff, draft(TrainingKind.ROUND, 10L, notTrainer.id(), DAY, List.of(leader.id(), 999_999L)))))
                .containsExactlyInAnyOrder("trainerPersonId:not_trainer", "inviteeIds[1]:not_found");
        assertThat(fieldCodes(() -> m.trainings.create(staff, draft(TrainingKind.ROUND, 77L, teacher.id(), DAY, List.of()))))
                .containsExactly("roundId:not_found");
        assertThat(refusal(() -> m.trainings.create(TestModule.countyLeader(), draft(TrainingKind.ROUND, 10L, teacher.id(), DAY, List.of())))
                .status()).as("a city round is out of the county's scope").isEqualTo(403);
        assertThat(m.db.audits()).isEmpty();

        Training t = m.trainings.create(staff, draft(TrainingKind.ROUND, 10L, teacher.id(), DAY, List.of(leader.id(), member.id())));
        assertThat(t.trainerName()).isEqualTo("师资甲");
        assertThat(t.divisionCode()).as("the round's office").isEqualTo(TestModule.CITY);
        assertThat(t.attendees()).extracting(Training.Attendee::name).containsExactlyInAnyOrder("组长乙", "组员丙");
        assertThat(t.attendees()).noneMatch(Training.Attendee::attended);
        assertThat(m.db.audits()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.CREATE);
            assertThat(a.inTransaction()).isTrue();
        });
        assertThat(m.trainings.trainings(staff, 2025, TrainingKind.ROUND, null, PageRequest.of(null, null, null, Set.of("date"), "-date")).total())
                .isEqualTo(1);
        assertThat(m.trainings.trainings(TestModule.countyLeader(), null, null, null, PageRequest.of(null, null, null, Set.of("date"), "-date"))
                .total()).isZero();
        assertThat(refusal(() -> m.trainings.training(TestModule.countyLeader(), t.id())).status()).isEqualTo(403);
    }

    @Test
    void theOfficeSignsInOnTheDayOrLaterTheAttendeeOnTheDayIfInvitedAndNoOneTwice() {
        Training t = m.trainings.create(staff, draft(TrainingKind.WEEKLY_LECTURE, null, teacher.id(), DAY.plusDays(1), List.of(leader.id())));
        assertThat(refusal(() -> m.trainings.signIn(staff, t.id(), leader.id())).code()).isEqualTo("not_yet_held");
        Caller self = TestCallers.of("leader", "group-leader", TestModule.CITY, Set.of(TestModule.CITY), leader.id(), null,
                PersonnelPoolsPermissions.TRAINING_SIGN_IN);
        Caller uninvited = TestCallers.of("member", "group-member", TestModule.CITY, Set.of(TestModule.CITY), member.id(), null,
                PersonnelPoolsPermissions.TRAINING_SIGN_IN);
        assertThat(refusal(() -> m.trainings.selfSignIn(self, t.id())).code()).isEqualTo("not_today");

        m.db.testClock().setToday(DAY.plusDays(1));
        assertThat(refusal(() -> m.trainings.selfSignIn(uninvited, t.id())).code()).isEqualTo("not_invited");
        Training signed = m.trainings.selfSignIn(self, t.id());
        assertThat(signed.attendees()).singleElement().satisfies(a -> {
            assertThat(a.attended()).isTrue();
            assertThat(a.signedInBy()).isEqualTo("leader");
        });
        assertThat(refusal(() -> m.trainings.selfSignIn(self, t.id())).code()).isEqualTo("already_signed_in");
        assertThat(refusal(() -> m.trainings.signIn(staff, t.id(), leader.id())).code()).isEqualTo("already_signed_in");

        m.db.testClock().setToday(DAY.plusDays(3));
        Training walkIn = m.trainings.signIn(staff, t.id(), member.id());
        assertThat(walkIn.attendees()).filteredOn(a -> a.personId() == member.id()).singleElement()
                .satisfies(a -> assertThat(a.invited()).as("a walk-in, signed in by the office").isFalse())
                .satisfies(a -> assertThat(a.signedInBy()).isEqualTo("city-staff"));
        assertThat(refusal(() -> m.trainings.signIn(staff, t.id(), 999_999L)).status()).isEqualTo(404);
        assertThat(m.db.audits()).extracting(a -> a.action()).containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.UPDATE);
    }

    @Test
    void hoursAreSummedPerPersonPerYearOfAttendedTrainingsOnly() {
        Training a = m.trainings.create(staff, draft(TrainingKind.WEEKLY_LECTURE, null, teacher.id(), DAY.minusDays(7), List.of(leader.id(), member.id())));
        Training b = m.trainings.create(staff, new Training.Draft(TrainingKind.CADRE_FORUM, "干部论坛", null, teacher.id(), DAY, 3, null, null,
                List.of(leader.id())));
        Training lastYear = m.trainings.create(staff, draft(TrainingKind.SPECIAL, null, teacher.id(), LocalDate.of(2024, 12, 30), List.of(leader.id())));
        m.trainings.signIn(staff, a.id(), leader.id());
        m.trainings.signIn(staff, b.id(), leader.id());
        m.trainings.signIn(staff, lastYear.id(), leader.id());
        assertThat(m.trainings.hours(staff, 2025)).containsExactly(new TrainingReports.PersonHours(leader.id(), "组长乙", 2025, 7, 2));
        assertThat(m.trainings.hours(staff, 2024)).containsExactly(new TrainingReports.PersonHours(leader.id(), "组长乙", 2024, 4, 1));
        assertThat(m.trainings.hours(TestModule.countyLeader(), 2025)).isEmpty();
    }

    @Test
    void everyoneSecondedToTheRoundWhoAttendedNoneOfItsTrainingsIsListed() {
        TrainingReports.RoundAttendance none = m.trainings.roundAttendance(staff, 10);
        assertThat(none.trainingIds()).isEmpty();
        assertThat(none.seconded()).isEqualTo(3);
        assertThat(none.missing()).extracting(TrainingReports.Missing::name).containsExactly("组长乙", "组员丙", "抽调丁");

        Training t = m.trainings.create(staff, draft(TrainingKind.ROUND, 10L, teacher.id(), DAY, List.of(leader.id(), member.id(), seconded.id())));
        Training lecture = m.trainings.create(staff, draft(TrainingKind.WEEKLY_LECTURE, 10L, teacher.id(), DAY, List.of(member.id())));
        m.trainings.signIn(staff, t.id(), leader.id());
        m.trainings.signIn(staff, lecture.id(), member.id());
        TrainingReports.RoundAttendance after = m.trainings.roundAttendance(staff, 10);
        assertThat(after.trainingIds()).containsExactly(t.id());
        assertThat(after.missing()).as("a weekly lecture is no pre-round training")
                .containsExactly(new TrainingReports.Missing(member.id(), "组员丙", "第一巡察组"), new TrainingReports.Missing(seconded.id(), "抽调丁", null));
        assertThat(refusal(() -> m.trainings.roundAttendance(TestModule.countyLeader(), 10)).status()).isEqualTo(403);
    }

    private Person person(String name) {
        return m.cadre(name, office.id());
    }
}
