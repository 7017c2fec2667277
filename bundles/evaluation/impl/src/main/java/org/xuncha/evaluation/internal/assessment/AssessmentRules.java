package org.xuncha.evaluation.internal.assessment;

import java.util.ArrayList;
import java.util.List;

import org.xuncha.evaluation.api.AssessmentDraft;
import org.xuncha.evaluation.api.Grade;
import org.xuncha.platform.api.rest.Checks;

/** Pure rules of the rectification assessment: what a draft must satisfy and the grade of a score. */
public final class AssessmentRules {

    private AssessmentRules() {
    }

    /** Lowest scores of the grades 好, 较好 and 一般 (below the last is 差), as configured. */
    public record Thresholds(int good, int fairlyGood, int ordinary) {

        /** 400 unless 100 ≥ good > fairlyGood > ordinary ≥ 0. */
        public Thresholds {
            if (!(100 >= good && good > fairlyGood && fairlyGood > ordinary && ordinary >= 0)) {
                throw new IllegalArgumentException("grade thresholds must fall: " + good + " > " + fairlyGood + " > " + ordinary);
            }
        }
    }

    /**
     * An indicator of the assessment (e.g. 问题整改成效, 40 points); the configured ones add up to 100.
     *
     * @param code   a short code, letters, digits, '-' or '_'
     * @param points the most the indicator gives
     */
    public record Indicator(String code, String nameZh, String nameEn, int points) {
    }

    /** The indicators a unit is assessed on unless the office configures its own (they add up to 100). */
    public static final List<Indicator> DEFAULT_INDICATORS = List.of(
            new Indicator("responsibility", "整改主体责任落实", "Responsibility for rectification", 25),
            new Indicator("results", "问题整改成效", "Problems rectified", 40),
            new Indicator("mechanisms", "长效机制建设", "Lasting mechanisms", 20),
            new Indicator("reporting", "整改报告与公开", "Reporting and disclosure", 15));

    /**
     * Indicators from the configuration, one a line {@code code|中文名|English name|points}: at most
     * ten, codes unique, points from 1 adding up to 100.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    public static List<Indicator> indicators(String[] lines) {
        List<Indicator> out = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\\|", -1);
            if (p.length != 4 || !p[0].trim().matches("[A-Za-z0-9_-]{1,40}") || p[1].isBlank() || p[2].isBlank()) {
                throw new IllegalArgumentException("indicator must be code|中文名|English name|points: " + line);
            }
            int points = Integer.parseInt(p[3].trim());
            if (points < 1 || out.stream().anyMatch(i -> i.code().equals(p[0].trim()))) {
                throw new IllegalArgumentException("indicator points from 1, codes unique: " + line);
            }
            out.add(new Indicator(p[0].trim(), p[1].trim(), p[2].trim(), points));
        }
        if (out.isEmpty() || out.size() > 10 || out.stream().mapToInt(Indicator::points).sum() != 100) {
            throw new IllegalArgumentException("one to ten indicators adding up to 100 points");
        }
        return List.copyOf(out);
    }

    /**
     * The total of a draft: the sum of its indicator scores when it has them (each indicator given,
     * none unknown, each from 0 to its points, and a total given with them equal to their sum), else
     * its total. Every error at once, on {@code scores.<code>} or {@code score}.
     */
    public static int total(AssessmentDraft d, List<Indicator> indicators) {
        if (d.scores() == null || d.scores().isEmpty()) {
            return d.score();
        }
        Checks checks = new Checks();
        int sum = 0;
        for (Indicator i : indicators) {
            Integer v = d.scores().get(i.code());
            String field = "scores." + i.code();
            checks.required(field, v, i.nameZh(), i.nameEn()).range(field, v, 0, i.points(), i.nameZh(), i.nameEn());
            sum += v == null ? 0 : v;
        }
        for (String code : d.scores().keySet()) {
            checks.check(indicators.stream().noneMatch(i -> i.code().equals(code)), "scores." + code, "unknown",
                    "没有这项评估指标：" + code, "no such indicator: " + code);
        }
        checks.check(d.score() != null && d.score() != sum, "score", "not_sum", "总分应为各项指标得分之和（" + sum + "）",
                "the total must be the sum of the indicators (" + sum + ")").throwIfInvalid();
        return sum;
    }

    public static Grade grade(int score, Thresholds t) {
        if (score >= t.good()) {
            return Grade.GOOD;
        }
        if (score >= t.fairlyGood()) {
            return Grade.FAIRLY_GOOD;
        }
        return score >= t.ordinary() ? Grade.ORDINARY : Grade.POOR;
    }

    /** Every error of a draft at once; round and unit are looked up by the service. */
    public static void check(AssessmentDraft d) {
        if (d == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks().required("roundId", d.roundId(), "巡察轮次", "round")
                .required("unitId", d.unitId(), "被巡察单位", "unit")
                .check(d.score() == null && (d.scores() == null || d.scores().isEmpty()), "score", "required", "请填写评估得分或各项指标得分",
                        "give the score or the score of each indicator")
                .range("score", d.score(), 0, 100, "评估得分", "score")
                .maxLength("note", d.note() == null ? null : d.note().trim(), AssessmentDraft.NOTE_MAX, "说明", "note")
                .throwIfInvalid();
    }
}
