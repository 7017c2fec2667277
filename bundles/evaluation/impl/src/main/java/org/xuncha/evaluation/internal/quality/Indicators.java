package org.xuncha.evaluation.internal.quality;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/** An office's quality indicators: stored per division, or the defaults until the office configures its own. */
@Component(service = Indicators.class)
public class Indicators {

    /** The defaults, after the 巡察工作质量评估办法 most offices follow. */
    public static final List<Indicator> DEFAULTS = List.of(
            new Indicator("problems", "发现问题", "Problems found", 25, IndicatorSource.LEAD_TRANSFER),
            new Indicator("interviews", "个别谈话", "Individual interviews", 15, IndicatorSource.INTERVIEW_RECORDS),
            new Indicator("coverage", "巡察覆盖", "Units inspected", 10, IndicatorSource.ROUND_PLANNING),
            new Indicator("reports", "专题报告", "Special reports", 15, IndicatorSource.OFFICE),
            new Indicator("immediate", "立行立改", "Immediate rectification notices", 10, IndicatorSource.OFFICE),
            new Indicator("groundwork", "信息与基础工作", "Information work and groundwork", 10, IndicatorSource.OFFICE),
            new Indicator("discipline", "组风纪律", "Discipline of the group", 15, IndicatorSource.OFFICE));

    static final int MAX = 20;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final ModuleStore store;

    @Activate
    public Indicators(@Reference Store store) {
        this.store = store.db();
    }

    /** The division's indicators, in order. */
    public List<Indicator> of(EntityManager em, String divisionCode) {
        List<Indicator> stored = em.createQuery("select i from IndicatorEntity i where i.divisionCode = :d order by i.position",
                IndicatorEntity.class).setParameter("d", divisionCode).getResultList().stream().map(IndicatorEntity::toValue).toList();
        return stored.isEmpty() ? DEFAULTS : stored;
    }

    public List<Indicator> of(String divisionCode) {
        return store.read(em -> of(em, divisionCode));
    }

    /** Replaces the division's indicators; every error at once. */
    public List<Indicator> replace(Caller caller, String divisionCode, List<Indicator> indicators) {
        check(indicators);
        return store.write(em -> {
            em.createQuery("delete from IndicatorEntity i where i.divisionCode = :d").setParameter("d", divisionCode).executeUpdate();
            int position = 0;
            for (Indicator i : indicators) {
                IndicatorEntity e = new IndicatorEntity();
                e.divisionCode = divisionCode;
                e.code = i.code();
                e.nameZh = i.nameZh().trim();
                e.nameEn = i.nameEn() == null ? null : i.nameEn().trim();
                e.weight = i.weight();
                e.source = i.source().name();
                e.position = position++;
                em.persist(e);
            }
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "indicators", divisionCode, "配置巡察工作质量评估指标（" + indicators.size() + "项）");
            return of(em, divisionCode);
        });
    }

    /** Codes unique and well formed, names given and fitting, weights 1 to 100, a source each; 1 to {@value #MAX} indicators. */
    static void check(List<Indicator> indicators) {
        Checks c = new Checks();
        if (indicators == null || indicators.isEmpty() || indicators.size() > MAX) {
            c.add("indicators", "invalid", "指标应有1至" + MAX + "项", "Give 1 to " + MAX + " indicators").throwIfInvalid();
        }
        Set<String> codes = new HashSet<>();
        List<Indicator> list = new ArrayList<>(indicators);
        for (int n = 0; n < list.size(); n++) {
            Indicator i = list.get(n);
            String f = "indicators[" + n + "].";
            if (i == null) {
                c.add("indicators[" + n + "]", "required", "指标不能为空", "The indicator is required");
                continue;
            }
            c.required(f + "code", i.code(), "指标代码", "code")
                    .pattern(f + "code", i.code(), CODE, "指标代码", "code")
                    .check(i.code() != null && !codes.add(i.code()), f + "code", "duplicate", "指标代码重复：" + i.code(),
                            "Duplicate code: " + i.code())
                    .required(f + "nameZh", i.nameZh() == null || i.nameZh().isBlank() ? null : i.nameZh(), "指标名称", "name")
                    .maxLength(f + "nameZh", i.nameZh() == null ? null : i.nameZh().trim(), Indicator.NAME_MAX, "指标名称", "name")
                    .maxLength(f + "nameEn", i.nameEn() == null ? null : i.nameEn().trim(), Indicator.NAME_MAX, "英文名称", "English name")
                    .range(f + "weight", i.weight(), 1, 100, "权重", "weight")
                    .required(f + "source", i.source(), "数据来源", "source");
        }
        c.throwIfInvalid();
    }
}
