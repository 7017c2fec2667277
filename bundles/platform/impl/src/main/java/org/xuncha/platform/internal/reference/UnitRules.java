package org.xuncha.platform.internal.reference;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.Checks;

/**
 * What a unit must be before the database is asked anything, and the one structural rule of the unit
 * tree: no unit is its own ancestor. Lengths are those of {@code xc_unit}'s columns.
 */
final class UnitRules {

    /** The office's own unit codes: letters, digits and {@code _ . -}, at most the column's 40. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    static final int NAME_MAX = 200;
    static final int CLASS_MAX = 50;
    /** Deeper than any real unit tree; stops a walk over data that already holds a loop. */
    static final int MAX_DEPTH = 100;

    private UnitRules() {
    }

    static Checks check(Unit u) {
        return new Checks()
                .required("code", u.code(), "单位编码", "code")
                .pattern("code", u.code() == null ? null : u.code().trim(), CODE, "单位编码（1-40位字母、数字或._-）",
                        "code (1 to 40 letters, digits or . _ -)")
                .required("name", u.name(), "单位名称", "name").maxLength("name", trimmed(u.name()), NAME_MAX, "单位名称", "name")
                .required("divisionCode", u.divisionCode(), "所属区划", "division")
                .pattern("divisionCode", u.divisionCode(), DivisionRules.CODE, "所属区划代码（6-12位数字）", "division code (6 to 12 digits)")
                .maxLength("field", trimmed(u.field()), CLASS_MAX, "领域", "field")
                .maxLength("sector", trimmed(u.sector()), CLASS_MAX, "板块", "sector")
                .maxLength("system", trimmed(u.system()), CLASS_MAX, "系统", "system");
    }

    /**
     * Whether giving unit {@code self} the parent {@code parent} closes a loop: {@code self} is the
     * parent itself or one of its ancestors. {@code parentOf} answers a unit's current parent (null at
     * the top). A new unit ({@code self == null}) closes none.
     */
    static <K> boolean closesLoop(K self, K parent, Function<K, K> parentOf) {
        if (self == null || parent == null) {
            return false;
        }
        Set<K> seen = new HashSet<>();
        K at = parent;
        for (int depth = 0; at != null && depth < MAX_DEPTH; depth++) {
            if (at.equals(self) || !seen.add(at)) {
                return at.equals(self);
            }
            at = parentOf.apply(at);
        }
        return false;
    }

    static String trimmed(String s) {
        return s == null ? null : s.trim();
    }
}
