package org.xuncha.roundplanning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A round (轮次) as the office plans and runs it.
 *
 * @param id                id
 * @param termId            its term
 * @param number            第N轮 within the term
 * @param name              e.g. 十四届市委第五轮巡察
 * @param type              kind of round
 * @param stage             current stage
 * @param stageSince        the day the current stage began
 * @param divisionCode      the division whose committee runs it (the term's)
 * @param plannedStart      planned first day of fieldwork (进驻)
 * @param plannedEnd        planned last day of fieldwork
 * @param actualStart       the day of entry (set when the round enters 进驻)
 * @param actualEnd         the day fieldwork ended (set when the round enters 报告)
 * @param feedbackDate      the day of feedback (set when the round enters 反馈)
 * @param planStatus        approval state of the plan
 * @param amendmentOpen     true while a plan amendment is open
 * @param description       the plan's notes (focus, arrangements), may be null
 * @param priorityIds       priorities (中心工作) the round serves
 * @param supervisionTopics special supervision topics (专项监督) it carries
 * @param targetCount       units it inspects
 * @param groupCount        groups it sends
 * @param version           optimistic-lock version
 */
public record Round(long id, long termId, int number, String name, RoundType type, Stage stage, LocalDate stageSince,
                    String divisionCode, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                    LocalDate actualEnd, LocalDate feedbackDate, PlanStatus planStatus, boolean amendmentOpen,
                    String description, Set<Long> priorityIds, List<String> supervisionTopics, int targetCount,
                    int groupCount, long version) {

    public Round {
        priorityIds = priorityIds == null ? Set.of() : Set.copyOf(priorityIds);
        supervisionTopics = supervisionTopics == null ? List.of() : List.copyOf(supervisionTopics);
    }

    /** First day of fieldwork: actual if known, else planned. */
    public LocalDate fieldStart() {
        return actualStart != null ? actualStart : plannedStart;
    }

    /** Last day of fieldwork: actual if known, else planned. */
    public LocalDate fieldEnd() {
        return actualEnd != null ? actualEnd : plannedEnd;
    }

    public RoundRef ref() {
        return new RoundRef(id, termId, number, name, type, stage, divisionCode, fieldStart(), fieldEnd(), feedbackDate);
    }

    /**
     * The plan fields of a round, to create or edit it.
     *
     * @param termId            its term (creating only)
     * @param number            第N轮; the next free number when null
     * @param name              defaults to the term's name and the number
     * @param type              kind of round
     * @param plannedStart      planned first day of fieldwork
     * @param plannedEnd        planned last day of fieldwork
     * @param description       notes, may be null
     * @param priorityIds       priorities it serves
     * @param supervisionTopics special supervision topics
     * @param version           the version read, when editing
     */
    public record Draft(Long termId, Integer number, String name, RoundType type, LocalDate plannedStart,
                        LocalDate plannedEnd, String description, Set<Long> priorityIds, List<String> supervisionTopics,
                        Long version) {
    }

    /**
     * Filters for listing rounds; null fields do not filter.
     *
     * @param termId       of this term
     * @param divisionCode of this division
     * @param stage        in this stage
     * @param type         of this type
     * @param priorityId   tagged (round or one of its targets) with this priority
     */
    public record Query(Long termId, String divisionCode, Stage stage, RoundType type, Long priorityId) {

        public static Query all() {
            return new Query(null, null, null, null, null);
        }
    }
}
