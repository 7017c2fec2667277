package org.xuncha.roundplanning.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step of a round through its stages.
 *
 * @param id         id
 * @param from       stage left
 * @param to         stage entered
 * @param date       the business day it happened (e.g. the day of the entry meeting)
 * @param correction true for a step back that corrects a mistaken advance
 * @param reason     why (required for corrections), may be null
 * @param actor      username
 * @param actorName  display name
 * @param at         when it was recorded
 */
public record StageChange(long id, Stage from, Stage to, LocalDate date, boolean correction, String reason, String actor,
                          String actorName, LocalDateTime at) {

    /**
     * A request to move a round.
     *
     * @param to     the stage to enter: the next one, or the previous one to correct a mistake
     * @param date   the day it happened; today when null; never in the future
     * @param reason why; required for a step back
     */
    public record Request(Stage to, LocalDate date, String reason) {
    }
}
