package org.xuncha.demo.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.AssessmentService;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.api.QualityService;
import org.xuncha.evaluation.api.ScoreDraft;
import org.xuncha.platform.api.security.Caller;

/**
 * The evaluation module's part: the rectification assessments of rounds 1 to 3
 * ({@code rectification/assessments.csv}: each unit's score, the 4 typical cases named in the
 * circulated notice), and the quality evaluation of round 5 ({@code round-planning/quality-scores.csv}):
 * the seed's score of each group entered as the office's score of every office-scored indicator, then
 * the ranking published. The totals also hold the values computed from the other modules' demo data,
 * so the published order can differ from the seed's {@code rank} column, which was the office's own
 * weighing.
 */
@Component(service = {}, enabled = false, immediate = true)
public class EvaluationPart extends BasePart {

    static final String ID = "evaluation";

    private final AssessmentService assessments;
    private final QualityService quality;

    @Activate
    public EvaluationPart(@Reference DemoLoader loader, @Reference AssessmentService assessments, @Reference QualityService quality) {
        super(loader, ID, "evaluation", List.of(ReferencePart.ID, RoundPlanningPart.ID));
        this.assessments = assessments;
        this.quality = quality;
        offer();
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return assessments.count(caller) == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        List<Map<String, String>> rows = seeds.rows("rectification/assessments.csv");
        for (Map<String, String> a : rows) {
            assessments.assess(caller, new AssessmentDraft(ids.id("round", a.get("round_key")), ids.id("unit", a.get("unit_code")),
                    Integer.valueOf(a.get("score")), Boolean.parseBoolean(a.get("circulated_typical_case")), "演示数据：" + a.get("grade")));
        }
        List<Map<String, String>> scores = seeds.rows("round-planning/quality-scores.csv");
        Map<String, String> roundOfGroup = new LinkedHashMap<>();
        seeds.rows("round-planning/groups.csv").forEach(g -> roundOfGroup.put(g.get("key"), g.get("round_key")));
        // the office-scored indicators of each round's division, as its sheet lists them
        Map<Long, List<Indicator>> rounds = new LinkedHashMap<>();
        for (Map<String, String> s : scores) {
            String group = s.get("group_key");
            long roundId = ids.id("round", roundOfGroup.get(group));
            List<Indicator> office = rounds.computeIfAbsent(roundId, r -> quality.sheet(caller, r).indicators().stream()
                    .filter(i -> i.source() == IndicatorSource.OFFICE).toList());
            for (Indicator i : office) {
                quality.score(caller, roundId, new ScoreDraft(ids.id("group", group), i.code(), Double.valueOf(s.get("score")),
                        "演示数据：年度质量评估得分"));
            }
        }
        rounds.keySet().forEach(r -> quality.publish(caller, r));
        return rows.size() + scores.size();
    }
}
