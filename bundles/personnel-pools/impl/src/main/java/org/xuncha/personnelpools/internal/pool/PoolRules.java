package org.xuncha.personnelpools.internal.pool;

import java.util.Map;

import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.platform.api.rest.Checks;

/** What an application, a decision and an exit must satisfy on their own, and how lists sort. */
final class PoolRules {

    /** Sort fields of the list ({@code PoolService.SORTABLE}) and the JPQL path each sorts by. */
    static final Map<String, String> SORT = Map.of("id", "e.id", "since", "e.since", "personName", "e.personName", "pool", "e.pool");

    private PoolRules() {
    }

    static void check(PoolEntry.Draft d) {
        if (d == null) {
            body();
        }
        new Checks().required("personId", d.personId(), "人员", "person").required("pool", d.pool(), "人才库", "pool")
                .required("reason", trim(d.reason()), "入库理由", "reason")
                .maxLength("reason", trim(d.reason()), PoolEntry.Draft.REASON_MAX, "入库理由", "reason")
                .maxLength("source", trim(d.source()), PoolEntry.Draft.SOURCE_MAX, "来源", "source")
                .maxLength("divisionCode", trim(d.divisionCode()), 12, "行政区划", "division")
                .throwIfInvalid();
    }

    static void check(PoolEntry.Decision d) {
        if (d == null) {
            body();
        }
        new Checks().required("approve", d.approve(), "审批结论", "decision")
                .check(Boolean.FALSE.equals(d.approve()) && trim(d.note()) == null, "note", "required", "不予批准时须说明理由",
                        "A refusal needs a note saying why")
                .maxLength("note", trim(d.note()), PoolEntry.Draft.REASON_MAX, "审批意见", "note")
                .throwIfInvalid();
    }

    static void check(PoolEntry.Exit e) {
        if (e == null) {
            body();
        }
        new Checks().required("reason", trim(e.reason()), "出库理由", "reason")
                .maxLength("reason", trim(e.reason()), PoolEntry.Draft.REASON_MAX, "出库理由", "reason").throwIfInvalid();
    }

    private static void body() {
        new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
