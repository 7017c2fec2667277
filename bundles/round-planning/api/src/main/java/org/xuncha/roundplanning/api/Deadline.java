package org.xuncha.roundplanning.api;

import java.time.LocalDate;

/**
 * A time limit of a round: for its current stage (the day by which it should move on), or for a
 * target's rectification report (due some months after feedback). The limits are configuration
 * (PID {@code org.xuncha.roundplanning}).
 *
 * @param roundId     the round
 * @param roundName   its name
 * @param kind        what is due
 * @param stage       the stage the limit belongs to
 * @param unitId      the target unit, for {@link Kind#RECTIFICATION_REPORT}; else null
 * @param unitName    its name, else null
 * @param due         the last day
 * @param daysOverdue days past the due day, 0 if not overdue
 */
public record Deadline(long roundId, String roundName, Kind kind, Stage stage, Long unitId, String unitName, LocalDate due,
                       long daysOverdue) {

    /** What is due. */
    public enum Kind {
        /** The round should have left its current stage. */
        STAGE("阶段时限", "stage limit"),
        /** The unit's rectification report (整改报告), due after feedback. */
        RECTIFICATION_REPORT("整改报告报送时限", "rectification report");

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

    public boolean overdue() {
        return daysOverdue > 0;
    }

    /** Identifies the item across checks: the same item is announced once. */
    public String key() {
        return roundId + ":" + kind + ":" + stage + ":" + (unitId == null ? "-" : unitId) + ":" + due;
    }
}
