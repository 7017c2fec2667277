package org.xuncha.rectification.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Something the committee assigned for rectification (书记批示, 共性问题交办单, 专项整治), tracked to completion.
 *
 * @param id           id
 * @param kind         what it is
 * @param divisionCode the division whose committee assigned it
 * @param title        the instruction's gist, the problem's or the campaign's title
 * @param assignedBy   who assigned it (e.g. 市委书记, 市委常委会)
 * @param assignedOn   the day
 * @param completedOn  the day it was reported done, or null while open
 * @param result       what was done, or null
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 */
public record Assignment(long id, AssignmentKind kind, String divisionCode, String title, String assignedBy, LocalDate assignedOn,
                         LocalDate completedOn, String result, String recordedBy, LocalDateTime recordedAt) {

    public boolean completed() {
        return completedOn != null;
    }
}
