package org.xuncha.rectification.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One step in a task's history: a progress report, a closure request, the office's decision.
 *
 * @param id       id
 * @param taskId   the task
 * @param kind     what happened
 * @param on       the day it refers to (the progress report's day, the decision's day)
 * @param text     the report, or the reason a closure was sent back
 * @param evidence what the unit offers as evidence (documents, where they are kept)
 * @param actor    who
 * @param at       when it was recorded
 */
public record TaskEntry(long id, long taskId, Kind kind, LocalDate on, String text, String evidence, String actor, LocalDateTime at) {

    /** What a history entry records. */
    public enum Kind {
        PROGRESS("整改进展", "Progress report"),
        CLOSURE_REQUESTED("申请销号", "Closure requested"),
        CLOSURE_APPROVED("同意销号", "Closure approved"),
        CLOSURE_RETURNED("退回销号申请", "Closure sent back"),
        HANDED_OVER("整改交接", "Handed over");

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
