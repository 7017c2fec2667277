package org.xuncha.interviews.api;

/** Filters for listing plans, records and letters; null fields do not filter. */
public record PlanQuery(Long roundId, Long groupId, Long unitId) {

    public static PlanQuery all() {
        return new PlanQuery(null, null, null);
    }
}
