package org.xuncha.rectification.internal.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.xuncha.platform.api.rest.Checks;

/** The comparison of 定期对账: the ledgers' figures per unit against another party's, line by line. */
public final class ReconciliationRules {

    public static final int RESOLUTION_MAX = 500;
    /** More units than any round inspects. */
    static final int COUNTS_MAX = 1000;

    /** Figures of one unit: tasks and closed tasks. */
    public record Figures(int tasks, int closed) {
    }

    /** One unit compared; a null side has no such unit. */
    public record Line(long unitId, Figures ledger, Figures reported) {

        /** A unit missing on one side, or different figures. */
        public boolean differs() {
            return !Objects.equals(ledger, reported);
        }
    }

    private ReconciliationRules() {
    }

    /** Every unit of either side, in unit order. */
    public static List<Line> compare(Map<Long, Figures> ledgers, Map<Long, Figures> reported) {
        Map<Long, Line> lines = new TreeMap<>();
        ledgers.forEach((unit, f) -> lines.put(unit, new Line(unit, f, reported.get(unit))));
        reported.forEach((unit, f) -> lines.putIfAbsent(unit, new Line(unit, null, f)));
        return new ArrayList<>(lines.values());
    }

    /** The party's counts: a round, each unit once, numbers not negative, closed not more than tasks; the errors, not thrown yet. */
    static Checks check(Long roundId, Object party, List<Count> counts) {
        Checks c = new Checks().required("roundId", roundId, "巡察轮次", "round").required("party", party, "对账方", "party")
                .required("counts", counts, "对方台账数字", "counts");
        if (counts != null) {
            c.check(counts.size() > COUNTS_MAX, "counts", "too_many", "单位不能超过" + COUNTS_MAX + "个", "At most " + COUNTS_MAX + " units");
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < counts.size() && i < COUNTS_MAX; i++) {
                Count n = counts.get(i);
                String at = "counts[" + i + "]";
                if (n == null) {
                    c.add(at, "required", "第" + (i + 1) + "行为空", "Line " + (i + 1) + " is empty");
                    continue;
                }
                c.required(at + ".unitId", n.unitId(), "单位", "unit").required(at + ".tasks", n.tasks(), "任务数", "tasks")
                        .required(at + ".closed", n.closed(), "销号数", "closed")
                        .check(n.unitId() != null && !seen.add(n.unitId()), at + ".unitId", "duplicate", "单位重复", "The unit is listed twice")
                        .check(n.tasks() != null && n.tasks() < 0, at + ".tasks", "negative", "任务数不能为负", "tasks must not be negative")
                        .check(n.closed() != null && (n.closed() < 0 || n.tasks() != null && n.tasks() >= 0 && n.closed() > n.tasks()), at + ".closed", "invalid",
                                "销号数不能为负或超过任务数", "closed must be between 0 and tasks");
            }
        }
        return c;
    }

    /** One unit's figures as the other party counts them. */
    public record Count(Long unitId, Integer tasks, Integer closed) {
    }
}
