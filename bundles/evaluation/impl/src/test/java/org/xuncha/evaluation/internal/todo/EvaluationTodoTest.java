package org.xuncha.evaluation.internal.todo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.evaluation.internal.TestModule.COUNTY_ROUND;
import static org.xuncha.evaluation.internal.TestModule.R1;
import static org.xuncha.evaluation.internal.TestModule.R2;
import static org.xuncha.evaluation.internal.TestModule.cityOffice;
import static org.xuncha.evaluation.internal.TestModule.countyOffice;
import static org.xuncha.evaluation.internal.TestModule.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.api.ScoreDraft;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.evaluation.internal.TestModule;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.testkit.TestCallers;

/** Issue 21: a round in the 评估 stage with no score yet waits in the office's to-do, until scoring begins. */
class EvaluationTodoTest {

    private final TestModule m = new TestModule(Map.of());

    @AfterEach
    void close() {
        m.close();
    }

    private Map<String, Integer> counts(EvaluationTodo todo, Caller caller) {
        return todo.items(caller).stream().collect(java.util.stream.Collectors.toMap(TodoItem::id, TodoItem::count));
    }

    private void inEvaluation(long round, long term, String division) {
        RoundRef r = m.directory.round(round).orElseThrow();
        m.directory.add(new RoundRef(r.id(), term, r.number(), r.name(), RoundType.REGULAR, Stage.ASSESSMENT, division,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 1)));
    }

    @Test
    void aRoundInEvaluationWithNoScoreIsATodoUntilScoringBegins() {
        EvaluationTodo todo = new EvaluationTodo(m.store, m.sources);
        assertThat(counts(todo, cityOffice())).as("no round in 评估 yet").doesNotContainKey("evaluation.rounds-to-score");
        inEvaluation(R1, 1, TestCallers.CITY);
        inEvaluation(R2, 1, TestCallers.CITY);
        inEvaluation(COUNTY_ROUND, 2, TestCallers.COUNTY);
        assertThat(counts(todo, cityOffice())).as("the city's two and its county's").containsEntry("evaluation.rounds-to-score", 3);
        assertThat(counts(todo, countyOffice())).as("the county's own only").containsEntry("evaluation.rounds-to-score", 1);

        m.quality.configure(cityOffice(), List.of(new Indicator("discipline", "组风纪律", "Discipline", 100, IndicatorSource.OFFICE)));
        m.quality.score(cityOffice(), R1, new ScoreDraft(group(R1, 1), "discipline", 80.0, null));
        assertThat(counts(todo, cityOffice())).containsEntry("evaluation.rounds-to-score", 2).containsEntry("evaluation.rounds-to-rank", 1);

        EvaluationTodo without = new EvaluationTodo(m.store, Sources.of(null, null, null, null));
        assertThat(counts(without, cityOffice())).as("round planning away: not known, not an error")
                .doesNotContainKey("evaluation.rounds-to-score").containsEntry("evaluation.rounds-to-rank", 1);
    }
}
