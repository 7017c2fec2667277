package org.xuncha.roundplanning.api;

import java.time.LocalDateTime;

/**
 * A declared reason why a person must not inspect a unit (回避): relatives among its staff or
 * leaders, or past work there. Groups refuse such a person for such a unit.
 *
 * @param id         null when declaring
 * @param personId   who declares (reference data)
 * @param unitId     the unit concerned
 * @param kind       the reason
 * @param note       details (e.g. the relative and their post); stored encrypted, may be null
 * @param declaredBy username of who recorded it (set by the service)
 * @param declaredAt when (set by the service)
 */
public record Avoidance(Long id, Long personId, Long unitId, Kind kind, String note, String declaredBy, LocalDateTime declaredAt) {

    /** Why the person must keep away from the unit. */
    public enum Kind {
        RELATIVE("亲属在该单位任职", "a relative works there"),
        PAST_WORK("曾在该单位工作", "worked there before"),
        OTHER("其他应当回避的情形", "other reason");

        private final String nameZh;
        private final String nameEn;

        Kind(String nameZh, String nameEn) {
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }
    }
}
