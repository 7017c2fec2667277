package org.xuncha.roundplanning.api;

import java.time.LocalDate;

/**
 * An entry of the priorities library: the committee's current priorities (中心工作, "国之大者"), as
 * collected from higher-level meetings. Rounds and targets are tagged with them.
 *
 * @param id            null when creating
 * @param divisionCode  the committee whose library it is
 * @param name          e.g. 黄河流域生态保护和高质量发展
 * @param sourceMeeting where it was set, e.g. 省委十二届五次全会
 * @param sourceDate    date of that meeting
 * @param description   notes, may be null
 * @param active        false once no longer a priority; it stays on rounds tagged with it
 * @param version       optimistic-lock version
 */
public record Priority(Long id, String divisionCode, String name, String sourceMeeting, LocalDate sourceDate,
                       String description, Boolean active, Long version) {
}
