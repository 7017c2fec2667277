package org.xuncha.personnelpools.api;

import java.util.Map;

/**
 * The figures of the pools for the dashboards, in the caller's scope.
 *
 * @param year              the year the training figures are of
 * @param byPool            people in each pool (in, or exit pending)
 * @param bySpecialty       people in any pool with each specialty
 * @param secondmentsByYear secondments recorded here, by the year their fieldwork starts
 * @param trainingEvents    trainings held in the year
 * @param trainingHours     class hours attended in the year, summed over people
 * @param invited           invitations to the year's trainings
 * @param invitedAttended   of which signed in
 * @param attendanceRate    invitedAttended / invited, null without invitations
 */
public record PoolStatistics(int year, Map<PoolKind, Long> byPool, Map<String, Long> bySpecialty, Map<Integer, Long> secondmentsByYear,
                             long trainingEvents, long trainingHours, long invited, long invitedAttended, Double attendanceRate) {
}
