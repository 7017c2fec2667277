package org.xuncha.personnelpools.internal.secondment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Suggestion;

/** Ranks candidates for a group by what it lacks and by how often they served. Pure. */
final class SkillMatching {

    /** A candidate with what the ranking reads. */
    record Candidate(long personId, String name, List<PoolKind> pools, List<String> specialties, int roundsServed, List<Finding> findings) {
    }

    private SkillMatching() {
    }

    /** The requirements no member's specialties fill. */
    static List<Requirement> lacking(List<Requirement> requirements, Collection<List<String>> memberSpecialties) {
        return requirements.stream().filter(r -> memberSpecialties.stream().noneMatch(r::filledBy)).toList();
    }

    /**
     * Clear candidates before those with findings; among them, who fills more of what is lacking,
     * then who served less (spreading the load, and the experience), then by name and id.
     */
    static List<Suggestion> rank(List<Candidate> candidates, List<Requirement> lacking, int limit) {
        record Scored(Candidate c, List<String> covers) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            scored.add(new Scored(c, lacking.stream().filter(r -> r.filledBy(c.specialties())).map(Requirement::text).toList()));
        }
        scored.sort(Comparator.<Scored>comparingInt(s -> s.c().findings().isEmpty() ? 0 : 1)
                .thenComparing(Comparator.<Scored>comparingInt(s -> s.covers().size()).reversed())
                .thenComparingInt(s -> s.c().roundsServed())
                .thenComparing(s -> s.c().name() == null ? "" : s.c().name())
                .thenComparingLong(s -> s.c().personId()));
        return scored.stream().limit(limit).map(s -> {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!s.covers().isEmpty()) {
                zh.add("补齐本组缺少的专长：" + String.join("；", s.covers()));
                en.add("fills what the group lacks: " + String.join("; ", s.covers()));
            } else if (!lacking.isEmpty()) {
                zh.add("不能补齐本组缺少的专长");
                en.add("fills none of what the group lacks");
            }
            zh.add("已参加巡察" + s.c().roundsServed() + "轮");
            en.add("served in " + s.c().roundsServed() + " rounds");
            if (s.c().findings().isEmpty()) {
                zh.add("无回避或时间冲突情形");
                en.add("no avoidance or clash");
            } else {
                s.c().findings().forEach(f -> {
                    zh.add(f.ruleZh() + "：" + f.factZh());
                    en.add(f.ruleEn() + ": " + f.factEn());
                });
            }
            return new Suggestion(s.c().personId(), s.c().name(), s.c().pools(), s.c().specialties(), s.covers(), s.c().roundsServed(),
                    s.c().findings(), zh, en);
        }).toList();
    }
}
