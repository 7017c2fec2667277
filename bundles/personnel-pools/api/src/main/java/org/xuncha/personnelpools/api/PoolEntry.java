package org.xuncha.personnelpools.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A person's place in one pool, with the reference data and profile facts a list shows.
 *
 * @param id              id
 * @param personId        the person (reference data)
 * @param personName      their name
 * @param rank            their rank (职级) in reference data
 * @param homeUnitId      the unit they work in
 * @param homeUnitName    its name
 * @param divisionCode    the division whose office keeps this pool
 * @param pool            which pool
 * @param source          how they came in (专职, 抽调, 新提拔县级干部, 优秀年轻干部, 纪委监委, …), may be null
 * @param since           in the pool since (the day admission took effect, or the day given)
 * @param status          where the entry stands
 * @param specialties     the person's specialties (from their profile)
 * @param roundsServed    secondments recorded for the person in this module
 * @param admissionReason why they were put forward
 * @param exitReason      why they leave, null unless an exit was applied for
 * @param appliedBy       who applied (admission, or the exit when there is one)
 * @param decidedBy       who decided last, null while pending
 * @param decidedAt       when
 * @param decisionNote    the decision's note, may be null
 */
public record PoolEntry(long id, long personId, String personName, String rank, Long homeUnitId, String homeUnitName,
                        String divisionCode, PoolKind pool, String source, LocalDate since, EntryStatus status,
                        List<String> specialties, int roundsServed, String admissionReason, String exitReason,
                        String appliedBy, String decidedBy, LocalDateTime decidedAt, String decisionNote) {

    public PoolEntry {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
    }

    /**
     * An application for admission.
     *
     * @param personId     the person (reference data), required
     * @param pool         which pool, required
     * @param divisionCode the office whose pool it is; the caller's division when null
     * @param source       how they come in, at most {@value #SOURCE_MAX} characters
     * @param since        in the pool since (for entries carried over from paper); the decision day when null
     * @param reason       why, required, at most {@value #REASON_MAX} characters
     */
    public record Draft(Long personId, PoolKind pool, String divisionCode, String source, LocalDate since, String reason) {

        public static final int SOURCE_MAX = 50;
        public static final int REASON_MAX = 500;
    }

    /**
     * The office's decision on a pending admission or exit.
     *
     * @param approve true to approve, false to refuse; required
     * @param note    why, at most {@value PoolEntry.Draft#REASON_MAX} characters; required when refusing
     */
    public record Decision(Boolean approve, String note) {
    }

    /** @param reason why the person leaves the pool, required, at most {@value PoolEntry.Draft#REASON_MAX} characters */
    public record Exit(String reason) {
    }

    /**
     * Filters of the pool list; null or blank fields do not filter.
     *
     * @param pool      of this pool
     * @param status    in this state
     * @param specialty whose profile lists this specialty
     * @param text      name contains
     */
    public record Query(PoolKind pool, EntryStatus status, String specialty, String text) {
    }
}
