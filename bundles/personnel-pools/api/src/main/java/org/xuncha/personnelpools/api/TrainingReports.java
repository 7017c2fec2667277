package org.xuncha.personnelpools.api;

import java.util.List;

/** What the office reads off the trainings: hours per person, and who missed a round's training. */
public final class TrainingReports {

    private TrainingReports() {
    }

    /** Class hours a person attended in a year. */
    public record PersonHours(long personId, String name, int year, int hours, int events) {
    }

    /**
     * The check that everyone seconded to a round (in its groups or seconded from the pools)
     * attended one of its 一轮一培训 events.
     *
     * @param trainingIds the round's 一轮一培训 events; empty when none is recorded (everyone missed it)
     * @param seconded    how many were checked
     * @param missing     those who attended none
     */
    public record RoundAttendance(long roundId, List<Long> trainingIds, int seconded, List<Missing> missing) {
    }

    /** Someone seconded to the round who did not attend its training. */
    public record Missing(long personId, String name, String groupName) {
    }
}
