package org.xuncha.personnelpools.internal.secondment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundType;

/**
 * The 回避 and clash rules of a secondment (条例第十二条: 任职回避、地域回避、公务回避; local practice for
 * clashes). Pure: each finding names its rule and the fact that triggered it, never a relative's
 * relation or note, so a finding can be shown and stored as it is.
 */
final class AvoidanceRules {

    static final String NOT_IN_POOL = "pool.not_in_pool";
    static final String HOME_UNIT = "avoid.home_unit_target";
    static final String WORKED_IN = "avoid.worked_in_target";
    static final String RELATIVE_LEADS = "avoid.relative_leads_target";
    static final String RELATIVE_IN = "avoid.relative_in_target";
    static final String OWN_COUNTY = "avoid.own_county_cross";
    static final String DECLARED = "avoid.declared";
    static final String OVERLAP = "clash.overlapping_group";
    static final String YEARLY = "clash.yearly_limit";
    static final String UNAVAILABLE = "clash.unavailable";

    /** Every rule code, for validating the waivers a client names. */
    static final Set<String> RULES = Set.of(NOT_IN_POOL, HOME_UNIT, WORKED_IN, RELATIVE_LEADS, RELATIVE_IN, OWN_COUNTY, DECLARED, OVERLAP,
            YEARLY, UNAVAILABLE);

    private AvoidanceRules() {
    }

    /** Every finding of the person against the round, 回避 first, then clashes. */
    static List<Finding> check(Facts.RoundFacts round, Facts.PersonFacts person, int maxPerYear) {
        List<Finding> out = new ArrayList<>();
        if (!person.inPool()) {
            out.add(new Finding(NOT_IN_POOL, "只能从人才库抽调", "Secondment is from the pools only",
                    person.name() + "不在本单位管理的任一人才库中", person.name() + " is in none of the pools of your office", null, false));
        }
        avoidance(round, person, out);
        clashes(round, person, maxPerYear, out);
        return out;
    }

    private static void avoidance(Facts.RoundFacts round, Facts.PersonFacts person, List<Finding> out) {
        Long home = person.homeUnitId();
        if (home != null && round.targets().containsKey(home)) {
            out.add(finding(HOME_UNIT, "任职回避：本人所在单位是被巡察单位", "Own unit is a target",
                    "本人在" + name(round, home) + "工作", "works at " + name(round, home), home));
        }
        Set<Long> seen = new HashSet<>();
        for (Profile.Employment h : person.profile().history()) {
            long unit = h.unitId();
            if (round.targets().containsKey(unit) && !java.util.Objects.equals(unit, home) && seen.add(unit)) {
                String years = h.toYear() == null ? h.fromYear() + "年起" : h.fromYear() + "—" + h.toYear() + "年";
                String yearsEn = h.toYear() == null ? "since " + h.fromYear() : h.fromYear() + "-" + h.toYear();
                out.add(finding(WORKED_IN, "任职回避：曾在被巡察单位工作", "Worked in a target unit",
                        years + "在" + name(round, unit) + "工作", "worked at " + name(round, unit) + " " + yearsEn, unit));
            }
        }
        for (ProfileFacts.RelativeFact r : person.profile().relatives()) {
            Person relative = r.personId() == null ? null : person.relatives().get(r.personId());
            long unit = relative != null && relative.unitId() != null ? relative.unitId() : r.unitId();
            if (!round.targets().containsKey(unit)) {
                continue;
            }
            if (relative != null && (relative.leadership() == Person.Leadership.TOP_LEADER || relative.leadership() == Person.Leadership.LEADING_GROUP)) {
                boolean top = relative.leadership() == Person.Leadership.TOP_LEADER;
                out.add(finding(RELATIVE_LEADS, "公务回避：亲属是被巡察单位的领导", "A relative leads a target unit",
                        "申报的亲属" + relative.name() + "是" + name(round, unit) + (top ? "主要负责人" : "领导班子成员"),
                        "a declared relative, " + relative.name() + ", is " + (top ? "the top leader" : "in the leading group") + " of " + name(round, unit), unit));
            } else {
                out.add(finding(RELATIVE_IN, "公务回避：亲属在被巡察单位工作", "A relative works in a target unit",
                        "申报有亲属在" + name(round, unit) + "工作", "a declared relative works at " + name(round, unit), unit));
            }
        }
        if (round.type() == RoundType.CROSS && person.homeDivision() != null) {
            round.targets().values().stream().filter(t -> person.homeDivision().equals(t.divisionCode())).forEach(t ->
                    out.add(finding(OWN_COUNTY, "地域回避：交叉巡察不巡察本人所在县（市、区）", "Own county in a cross inspection",
                            t.name() + "与本人同属行政区划" + t.divisionCode(), t.name() + " is in the person's own division " + t.divisionCode(), t.id())));
        }
        for (Avoidance a : person.declared()) {
            if (a.unitId() != null && round.targets().containsKey(a.unitId())) {
                out.add(finding(DECLARED, "已申报回避（巡察规划）", "Declared avoidance (round planning)",
                        "对" + name(round, a.unitId()) + "申报回避：" + a.kind().nameZh(), "declared for " + name(round, a.unitId()) + ": " + a.kind().nameEn(),
                        a.unitId()));
            }
        }
    }

    private static void clashes(Facts.RoundFacts round, Facts.PersonFacts person, int maxPerYear, List<Finding> out) {
        LocalDate start = round.start();
        LocalDate end = round.end();
        for (Facts.Placement p : person.placements()) {
            if (sameSeat(round, p) || start == null || end == null || p.start() == null || p.end() == null) {
                continue;
            }
            if (!p.start().isAfter(end) && !start.isAfter(p.end())) {
                String where = p.roundName() + (p.groupName() == null ? "" : p.groupName());
                out.add(finding(OVERLAP, "时间冲突：已在实地工作时间重叠的巡察组", "Already in a group whose fieldwork overlaps",
                        "已在" + where + "（" + p.start() + "至" + p.end() + "）", "already in " + where + " (" + p.start() + " to " + p.end() + ")", null));
            }
        }
        if (start != null) {
            Set<Long> rounds = new HashSet<>();
            person.placements().stream().filter(p -> p.roundId() != round.roundId() && p.start() != null && p.start().getYear() == start.getYear())
                    .forEach(p -> rounds.add(p.roundId()));
            if (rounds.size() >= maxPerYear) {
                out.add(finding(YEARLY, "抽调次数：每年最多" + maxPerYear + "轮", "At most " + maxPerYear + " secondments a year",
                        start.getYear() + "年已抽调参加" + rounds.size() + "轮巡察", "seconded to " + rounds.size() + " rounds in " + start.getYear() + " already", null));
            }
        }
        List<Profile.Availability> windows = person.profile().availability();
        if (!windows.isEmpty() && start != null && end != null
                && windows.stream().noneMatch(w -> !w.from().isAfter(start) && !w.to().isBefore(end))) {
            String listed = String.join("、", windows.stream().map(w -> w.from() + "至" + w.to()).toList());
            out.add(finding(UNAVAILABLE, "时间冲突：实地工作不在本人可抽调时间内", "Fieldwork outside the person's availability",
                    "可抽调时间为" + listed + "，实地工作为" + start + "至" + end,
                    "available " + listed.replace("至", " to ").replace("、", ", ") + "; fieldwork " + start + " to " + end, null));
        }
    }

    /** The very seat checked for: the same group, or the same round when either has no group. */
    private static boolean sameSeat(Facts.RoundFacts round, Facts.Placement p) {
        if (p.roundId() != round.roundId()) {
            return false;
        }
        return round.groupId() == null || p.groupId() == null || round.groupId().equals(p.groupId());
    }

    private static String name(Facts.RoundFacts round, long unitId) {
        Facts.TargetUnit t = round.targets().get(unitId);
        return t == null || t.name() == null ? "单位" + unitId : t.name();
    }

    private static Finding finding(String rule, String ruleZh, String ruleEn, String factZh, String factEn, Long unitId) {
        return new Finding(rule, ruleZh, ruleEn, factZh, factEn, unitId, true);
    }
}
