package org.xuncha.personnelpools.internal.secondment;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.xuncha.personnelpools.api.Finding;

/** A row of {@code xc_personnel_pools_exception}: a finding the office waived for a secondment. */
@Embeddable
public class ExceptionRow {

    @Column(name = "rule", nullable = false, length = 50)
    public String rule;

    @Column(name = "rule_zh", nullable = false, length = 100)
    public String ruleZh;

    @Column(name = "rule_en", nullable = false, length = 200)
    public String ruleEn;

    @Column(name = "fact_zh", nullable = false, length = 500)
    public String factZh;

    @Column(name = "fact_en", nullable = false, length = 500)
    public String factEn;

    @Column(name = "unit_id")
    public Long unitId;

    static ExceptionRow of(Finding f) {
        ExceptionRow r = new ExceptionRow();
        r.rule = f.rule();
        r.ruleZh = cut(f.ruleZh(), 100);
        r.ruleEn = cut(f.ruleEn(), 200);
        r.factZh = cut(f.factZh(), 500);
        r.factEn = cut(f.factEn(), 500);
        r.unitId = f.unitId();
        return r;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    Finding toValue() {
        return new Finding(rule, ruleZh, ruleEn, factZh, factEn, unitId, true);
    }
}
