package org.xuncha.personnelpools.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the office knows of a pooled person beyond reference data: the facts the eligibility rules,
 * the 回避 checks and skill matching read. One per person, whatever pools they are in.
 *
 * @param personId           the person (reference data)
 * @param divisionCode       the division of the person's unit
 * @param birthDate          for age rules, may be null
 * @param disciplineCaseOpen an open discipline case (立案审查) the office was told of
 * @param specialties        names from the specialty vocabulary
 * @param history            units worked in before (and now), with years
 * @param relatives          declared relatives' units (回避申请); the relation and note are stored encrypted
 * @param availability       windows in which the person can be drafted; empty: any time
 * @param version            optimistic-lock version; send back what you read when updating
 */
public record Profile(long personId, String divisionCode, LocalDate birthDate, boolean disciplineCaseOpen,
                      List<String> specialties, List<Employment> history, List<Relative> relatives,
                      List<Availability> availability, long version) {

    public Profile {
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
        history = history == null ? List.of() : List.copyOf(history);
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
        availability = availability == null ? List.of() : List.copyOf(availability);
    }

    /**
     * A unit the person worked in.
     *
     * @param unitId   the unit (reference data), required
     * @param fromYear first year, required
     * @param toYear   last year; null while they still work there
     */
    public record Employment(Long unitId, Integer fromYear, Integer toYear) {
    }

    /**
     * A declared relative (回避申请书): where they work and, if they are in reference data, who they are.
     *
     * @param unitId   the relative's unit, required (the relative's own unit when {@code personId} is given)
     * @param personId the relative in reference data, may be null
     * @param relation e.g. 配偶, 父亲; required, at most {@value #RELATION_MAX} characters; stored encrypted
     * @param note     details, at most {@value #NOTE_MAX} characters; stored encrypted
     */
    public record Relative(Long unitId, Long personId, String relation, String note) {

        public static final int RELATION_MAX = 20;
        public static final int NOTE_MAX = 200;
    }

    /** A window in which the person can be drafted: both days included, both required. */
    public record Availability(LocalDate from, LocalDate to) {
    }

    /**
     * A profile as the office enters it; every list replaces the stored one.
     *
     * @param version the version read, when updating; null when creating
     */
    public record Draft(LocalDate birthDate, Boolean disciplineCaseOpen, List<String> specialties, List<Employment> history,
                        List<Relative> relatives, List<Availability> availability, Long version) {
    }
}
