package org.xuncha.evaluation.internal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;
import static org.xuncha.evaluation.internal.TestModule.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.Grade;
import org.xuncha.evaluation.api.RoundAssessment;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.rectification.api.LedgerSummary;

class AssessmentServiceTest {

    private final TestModule m = new TestModule();

    @AfterEach
    void close() {
        m.close();
    }

    @Test
    void aSecondAssessmentReplacesTheFirstAndTheNoticeCountsGradesAndTypicalCases() {
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 96, false, null));
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 2), 53, true, "整改不力"));
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 3), 84, false, null));
        Assessment again = m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 3), 78, false, "复评"));
        assertThat(again.grade()).isEqualTo(Grade.ORDINARY);
        RoundAssessment r = m.reports.assessment(cityOffice(), R1);
        assertThat(r.assessments()).hasSize(3);
        assertThat(r.grades()).containsEntry(Grade.GOOD, 1L).containsEntry(Grade.FAIRLY_GOOD, 0L).containsEntry(Grade.ORDINARY, 1L)
                .containsEntry(Grade.POOR, 1L);
        assertThat(r.typicalCases()).singleElement().satisfies(a -> assertThat(a.unitId()).isEqualTo(unit(R1, 2)));
        assertThat(m.db.audits()).filteredOn(a -> a.type().equals("assessment")).hasSize(4).allMatch(a -> a.inTransaction());
    }

    @Test
    void anAssessmentByIndicatorTotalsAndGradesTheSumAndKeepsEachInTheConfiguredOrder() {
        TestModule two = new TestModule(Map.of("assessmentIndicators", new String[] {"duty|整改责任|Duty|60", "results|整改成效|Results|40"}));
        try {
            Assessment a = two.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), null, false, null,
                    Map.of("results", 35, "duty", 50)));
            assertThat(a.score()).isEqualTo(85);
            assertThat(a.grade()).isEqualTo(Grade.FAIRLY_GOOD);
            assertThat(List.copyOf(a.scores().entrySet())).containsExactly(Map.entry("duty", 50), Map.entry("results", 35));
            assertThat(two.assessments.assessments(cityOffice(), R1)).singleElement().satisfies(x -> assertThat(x.scores()).isEqualTo(a.scores()));
            assertThatThrownBy(() -> two.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), null, false, null,
                    Map.of("results", 41, "duty", 50)))).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.fields()).extracting(f -> f.field()).containsExactly("scores.results"));
            // a total only, as before: no indicator scores
            assertThat(two.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 2), 70, false, null)).scores()).isEmpty();
        } finally {
            two.close();
        }
    }

    @Test
    void theLedgerFiguresAreKeptWhenRectificationIsInstalledAndEmptyWhenNot() {
        Assessment without = m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 90, false, null));
        assertThat(without.tasks()).isNull();
        m.installRectification();
        m.ledgers.put(List.of(R1, unit(R1, 1)), new LedgerSummary(1, R1, "第一轮", unit(R1, 1), "单位", "371500", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 5, 1), null, null, 12, 9, 1, 75.0));
        Assessment with = m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 90, false, null));
        assertThat(with.tasks()).isEqualTo(12L);
        assertThat(with.closed()).isEqualTo(9L);
    }

    @Test
    void theGradeFollowsTheConfiguredThresholds() {
        try (TestModule strict = new TestModule(Map.of("gradeGood", 95, "gradeFairlyGood", 85, "gradeOrdinary", 70))) {
            assertThat(strict.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 90, false, null)).grade())
                    .isEqualTo(Grade.FAIRLY_GOOD);
        }
    }

    @Test
    void aUnitTheRoundDoesNotInspectIsAFieldErrorAndTheCountyIsOutOfScope() {
        assertThatThrownBy(() -> m.assessments.assess(cityOffice(), new AssessmentDraft(R1, 999L, 90, false, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(f -> f.field()).containsExactly("unitId");
                });
        assertThatThrownBy(() -> m.assessments.assess(TestModule.countyOffice(), new AssessmentDraft(R1, unit(R1, 1), 90, false, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        m.assessments.assess(cityOffice(), new AssessmentDraft(R1, unit(R1, 1), 90, false, null));
        assertThat(m.assessments.assessments(TestModule.countyOffice(), R1)).isEmpty();
        assertThat(m.db.audits()).filteredOn(a -> a.type().equals("assessment")).hasSize(1);
    }
}
