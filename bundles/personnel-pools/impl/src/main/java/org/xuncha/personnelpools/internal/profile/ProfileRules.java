package org.xuncha.personnelpools.internal.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.Specialty;
import org.xuncha.platform.api.rest.Checks;

/** What a profile draft must satisfy on its own; units, persons and the vocabulary are looked up by the service. */
final class ProfileRules {

    static final int MAX_ITEMS = 50;
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    private ProfileRules() {
    }

    /** Every error of the draft at once (400, Chinese and English), list items named by index, e.g. {@code history[1].toYear}. */
    static Checks check(Profile.Draft d) {
        Checks c = new Checks();
        if (d == null) {
            return c.add("body", "required", "请求内容不能为空", "The request body is required");
        }
        List<String> specialties = list(d.specialties());
        c.range("specialties", specialties.size(), 0, MAX_ITEMS, "专长数量", "number of specialties");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < specialties.size(); i++) {
            String s = specialties.get(i);
            String f = "specialties[" + i + "]";
            c.required(f, s, "专长", "specialty").maxLength(f, s, Specialty.NAME_MAX, "专长", "specialty");
            c.check(s != null && !seen.add(s.trim()), f, "duplicate", "专长重复：" + s, "Specialty listed twice: " + s);
        }
        List<Profile.Employment> history = list(d.history());
        c.range("history", history.size(), 0, MAX_ITEMS, "工作经历条数", "number of employment entries");
        for (int i = 0; i < history.size(); i++) {
            Profile.Employment e = history.get(i);
            String f = "history[" + i + "]";
            if (e == null) {
                c.add(f, "required", "工作经历不能为空", "The employment entry is required");
                continue;
            }
            c.required(f + ".unitId", e.unitId(), "工作单位", "unit").required(f + ".fromYear", e.fromYear(), "起始年份", "first year")
                    .range(f + ".fromYear", e.fromYear(), FIRST_YEAR, LAST_YEAR, "起始年份", "first year")
                    .range(f + ".toYear", e.toYear(), FIRST_YEAR, LAST_YEAR, "截止年份", "last year")
                    .check(e.fromYear() != null && e.toYear() != null && e.toYear() < e.fromYear(), f + ".toYear", "out_of_range",
                            "截止年份不能早于起始年份", "The last year must not be before the first year");
        }
        List<Profile.Relative> relatives = list(d.relatives());
        c.range("relatives", relatives.size(), 0, MAX_ITEMS, "亲属条数", "number of relatives");
        for (int i = 0; i < relatives.size(); i++) {
            Profile.Relative r = relatives.get(i);
            String f = "relatives[" + i + "]";
            if (r == null) {
                c.add(f, "required", "亲属信息不能为空", "The relative is required");
                continue;
            }
            c.required(f + ".unitId", r.unitId(), "亲属工作单位", "relative's unit").required(f + ".relation", r.relation(), "亲属关系", "relation")
                    .maxLength(f + ".relation", trim(r.relation()), Profile.Relative.RELATION_MAX, "亲属关系", "relation")
                    .maxLength(f + ".note", trim(r.note()), Profile.Relative.NOTE_MAX, "说明", "note");
        }
        List<Profile.Availability> windows = list(d.availability());
        c.range("availability", windows.size(), 0, MAX_ITEMS, "可抽调时间段数", "number of availability windows");
        for (int i = 0; i < windows.size(); i++) {
            Profile.Availability a = windows.get(i);
            String f = "availability[" + i + "]";
            if (a == null) {
                c.add(f, "required", "可抽调时间段不能为空", "The availability window is required");
                continue;
            }
            c.required(f + ".from", a.from(), "开始日期", "first day").required(f + ".to", a.to(), "结束日期", "last day")
                    .notAfter(f + ".to", a.from(), a.to(), "结束日期", "The last day");
        }
        return c;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
