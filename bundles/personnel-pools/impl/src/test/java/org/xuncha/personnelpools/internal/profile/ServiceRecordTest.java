package org.xuncha.personnelpools.internal.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xuncha.testkit.Refusals.refusal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.RankedGroup;
import org.xuncha.evaluation.api.RoundAssessment;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.TestModule;
import org.xuncha.personnelpools.internal.secondment.SecondmentRecords;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.TestCallers;

/** A person's service record: the rounds served, and their group's ranking only while the evaluation module is there. */
class ServiceRecordTest {

    static final LocalDate START = LocalDate.of(2025, 3, 3);
    final TestModule m = new TestModule();
    final ServiceRecord record = new ServiceRecord(m.rounds, new SecondmentRecords(m.store), m.reference);
    final Unit office = m.reference.addUnit("371500-001", "聊城市委巡察办", TestModule.CITY, null, null, null);
    final Person cadre = m.reference.addPerson("干部甲", office.id(), "干部");
    final Person other = m.reference.addPerson("干部乙", office.id(), "干部");
    final Caller evaluator = TestCallers.office("city-evaluator", TestModule.CITY, Set.of(TestModule.CITY), null, InMemoryReferenceData.READ,
            PersonnelPoolsPermissions.READ, EvaluationPermissions.READ);

    ServiceRecordTest() {
        m.directory.term(1, TestModule.CITY).round(10, 1, 1, START, START.plusDays(40)).round(20, 1, 2, START.plusDays(100), START.plusDays(140))
                .group(11, 10, "第一巡察组", List.of(new GroupMember(cadre.id(), GroupRole.LEADER)), Set.of())
                .group(12, 10, "第二巡察组", List.of(new GroupMember(other.id(), GroupRole.LEADER)), Set.of())
                .group(21, 20, "第三巡察组", List.of(new GroupMember(cadre.id(), GroupRole.MEMBER)), Set.of());
    }

    @AfterEach
    void close() {
        m.close();
    }

    /** Evaluation as its API answers: round 10 published (group 12 first, 11 second), round 20 not. */
    private EvaluationReports published() {
        return new EvaluationReports() {
            @Override
            public Optional<RoundRanking> ranking(Caller caller, long roundId) {
                return roundId != 10 ? Optional.empty() : Optional.of(new RoundRanking(10, "第1轮巡察", 1, LocalDateTime.of(2025, 6, 1, 9, 0), "office",
                        List.of(new RankedGroup(12, "第二巡察组", other.id(), 92.5, 1), new RankedGroup(11, "第一巡察组", cadre.id(), 88, 2))));
            }

            @Override
            public RoundAssessment assessment(Caller caller, long roundId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void withoutTheEvaluationModuleTheRecordListsTheRoundsServedAndSaysEvaluationIsNotInstalled() {
        ServiceRecord.Record r = record.of(evaluator, cadre.id());
        assertThat(r.evaluations()).isEqualTo(ServiceRecord.Evaluations.NOT_INSTALLED);
        assertThat(r.rounds()).extracting(ServiceRecord.ServedRound::roundId, ServiceRecord.ServedRound::groupName, ServiceRecord.ServedRound::evaluation)
                .containsExactly(tuple(10L, "第一巡察组", null), tuple(20L, "第三巡察组", null));
    }

    @Test
    void withTheEvaluationModuleEachRoundShowsItsGroupsPlaceInThePublishedRanking() {
        record.evaluation = published();
        ServiceRecord.Record r = record.of(evaluator, cadre.id());
        assertThat(r.evaluations()).isEqualTo(ServiceRecord.Evaluations.SHOWN);
        assertThat(r.rounds().get(0).evaluation()).isEqualTo(new ServiceRecord.Evaluation(2, 2, 88, LocalDateTime.of(2025, 6, 1, 9, 0)));
        assertThat(r.rounds().get(1).evaluation()).as("round 2 not published").isNull();
        record.evaluation = null;
        assertThat(record.of(evaluator, cadre.id()).evaluations()).as("removed again").isEqualTo(ServiceRecord.Evaluations.NOT_INSTALLED);
    }

    @Test
    void aCallerWhoMayNotReadEvaluationSeesTheRoundsAloneAndAnUnknownPersonIsA404() {
        record.evaluation = published();
        ServiceRecord.Record r = record.of(TestModule.cityStaff(), cadre.id());
        assertThat(r.evaluations()).isEqualTo(ServiceRecord.Evaluations.NOT_PERMITTED);
        assertThat(r.rounds()).extracting(ServiceRecord.ServedRound::evaluation).containsOnlyNulls();
        assertThat(refusal(() -> record.of(evaluator, 987654L)).status()).isEqualTo(404);
    }
}
