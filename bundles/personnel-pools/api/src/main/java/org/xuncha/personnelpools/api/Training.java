package org.xuncha.personnelpools.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A training event with its invitees and who attended.
 *
 * @param id              id
 * @param kind            一轮一培训, 每周大讲堂, 干部论坛 or 专题培训
 * @param title           its title
 * @param roundId         the round it prepares (一轮一培训), else null
 * @param trainerPersonId the trainer, from the trainer pool (巡察师资库)
 * @param trainerName     their name
 * @param date            the day it is held
 * @param hours           class hours (学时) it counts for
 * @param location        where, may be null
 * @param divisionCode    the office holding it: its scope
 * @param attendees       invitees and whoever signed in, by name
 * @param createdBy       who recorded it
 * @param createdAt       when
 */
public record Training(long id, TrainingKind kind, String title, Long roundId, long trainerPersonId, String trainerName, LocalDate date,
                       int hours, String location, String divisionCode, List<Attendee> attendees, String createdBy, LocalDateTime createdAt) {

    public static final int TITLE_MAX = 200;
    public static final int LOCATION_MAX = 200;
    public static final int HOURS_MAX = 40;
    public static final int INVITEES_MAX = 500;

    public Training {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /**
     * An invitee or attendee.
     *
     * @param invited    whether they were invited (the office may sign in someone who was not)
     * @param signedInAt when they signed in, null while they have not
     * @param signedInBy who signed them in: themselves or an office user
     */
    public record Attendee(long personId, String name, boolean invited, LocalDateTime signedInAt, String signedInBy) {

        public boolean attended() {
            return signedInAt != null;
        }
    }

    /**
     * A training as the office records it.
     *
     * @param kind            required
     * @param title           required, at most {@value Training#TITLE_MAX} characters
     * @param roundId         required for 一轮一培训, a round of the caller's divisions
     * @param trainerPersonId required: a person in the trainer pool of the caller's divisions
     * @param date            required
     * @param hours           required, 1 to {@value Training#HOURS_MAX}
     * @param location        at most {@value Training#LOCATION_MAX} characters
     * @param divisionCode    the office holding it; default the round's, else the caller's
     * @param inviteeIds      persons invited, at most {@value Training#INVITEES_MAX}
     */
    public record Draft(TrainingKind kind, String title, Long roundId, Long trainerPersonId, LocalDate date, Integer hours, String location,
                        String divisionCode, List<Long> inviteeIds) {
    }

    /** The office signs a person in: {@code personId} required. */
    public record SignIn(Long personId) {
    }

    /** Invitees added to a training: {@code personIds} required. */
    public record Invitation(List<Long> personIds) {
    }
}
