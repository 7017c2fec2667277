package org.xuncha.platform.internal.reference;

import java.util.regex.Pattern;

import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;

/**
 * What a division must be, checked before the database is asked anything. Lengths are those of
 * {@code xc_division}'s columns. Divisions have two levels: the city, and counties whose parent is
 * the city; a city's own scope is itself and its counties, so a deeper tree would not be seen.
 */
final class DivisionRules {

    /** Administrative codes (GB/T 2260 and local extensions): digits, at most the column's 12. */
    static final Pattern CODE = Pattern.compile("\\d{6,12}");
    static final int NAME_MAX = 100;

    private DivisionRules() {
    }

    static Checks check(Division d) {
        boolean county = d.level() == DivisionLevel.COUNTY;
        boolean hasParent = !blank(d.parentCode());
        return new Checks()
                .required("code", d.code(), "区划代码", "code")
                .pattern("code", d.code(), CODE, "区划代码（6-12位数字）", "code (6 to 12 digits)")
                .required("nameZh", d.nameZh(), "名称", "name").maxLength("nameZh", d.nameZh(), NAME_MAX, "名称", "name")
                .maxLength("nameEn", d.nameEn(), NAME_MAX, "英文名称", "English name")
                .required("level", d.level(), "层级", "level")
                .check(county && !hasParent, "parentCode", "required", "县级区划须指明所属市", "a county must name its city")
                .check(d.level() == DivisionLevel.CITY && hasParent, "parentCode", "invalid",
                        "市级区划没有上级区划", "a city has no parent division")
                .pattern("parentCode", hasParent ? d.parentCode() : null, CODE, "上级区划代码（6-12位数字）", "parent code (6 to 12 digits)")
                .check(hasParent && d.parentCode().equals(d.code()), "parentCode", "invalid",
                        "上级区划不能是自身", "a division cannot be its own parent");
    }

    /**
     * The parent a county names, as found ({@code null}: there is none): it must exist and be a city.
     */
    static Checks checkParent(Checks checks, String parentCode, Division parent) {
        if (blank(parentCode)) {
            return checks;
        }
        return checks
                .check(parent == null, "parentCode", "not_found", "上级区划不存在：" + parentCode, "parent division not found: " + parentCode)
                .check(parent != null && parent.level() != DivisionLevel.CITY, "parentCode", "invalid",
                        "上级区划须为市级区划", "the parent division must be a city");
    }

    /**
     * A division is written only inside the caller's scope: as it will be and, if it exists, as it
     * is, it must hang under a city the caller sees. So a city office keeps its own counties; an
     * office may rename its own division where it stands (same level, same parent) but not move it;
     * a county office writes no other division; new cities, the top of the tree, are made by an
     * account that holds all divisions.
     *
     * @throws ApiException 403 {@code out_of_scope}
     */
    static void checkScope(Caller caller, Division wanted, Division current) {
        if (caller.scope().allDivisions()) {
            return;
        }
        boolean inside = !blank(wanted.parentCode()) && caller.scope().coversDivision(wanted.parentCode())
                && (current == null || current.parentCode() != null && caller.scope().coversDivision(current.parentCode()));
        // an office renames its own division where it stands: same level, same parent
        boolean ownInPlace = current != null && current.code().equals(caller.divisionCode()) && current.level() == wanted.level()
                && java.util.Objects.equals(current.parentCode(), blank(wanted.parentCode()) ? null : wanted.parentCode());
        if (!inside && !ownInPlace) {
            throw ApiException.outOfScope();
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
