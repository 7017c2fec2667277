package org.xuncha.interviews.api;

import java.util.List;

/**
 * Whether the mandatory topic (必谈内容, {@link Topic#MANDATORY}) is planned for every member of a
 * unit's leadership, and which records of leadership interviews miss it.
 *
 * <p>Rule: for the top leader and each leading-group member of the unit (active persons of the unit
 * in reference data), at least one planned interview of the round with that person, not cancelled,
 * whose outline includes the mandatory topic. A record of an interview with a member of the leadership
 * whose mandatory-topic notes are empty is flagged too.</p>
 *
 * @param roundId           the round
 * @param unitId            the unit
 * @param leadersRequired   top leader and leading-group members of the unit
 * @param leadersCovered    of those, how many have a planned interview covering the topic
 * @param missing           the others, top leader first
 * @param recordsMissingTopic ids of leadership-interview records without mandatory-topic notes
 */
public record MandatoryTopicCheck(long roundId, long unitId, int leadersRequired, int leadersCovered,
                                  List<MissingTopic> missing, List<Long> recordsMissingTopic) {

    public MandatoryTopicCheck {
        missing = missing == null ? List.of() : List.copyOf(missing);
        recordsMissingTopic = recordsMissingTopic == null ? List.of() : List.copyOf(recordsMissingTopic);
    }

    public boolean complete() {
        return missing.isEmpty() && recordsMissingTopic.isEmpty();
    }

    /**
     * A member of the leadership for whom the mandatory topic is not planned.
     *
     * @param personId reference-data id
     * @param name     name
     * @param post     post
     * @param category top leader or leading-group member
     * @param reason   why
     */
    public record MissingTopic(long personId, String name, String post, IntervieweeCategory category, Reason reason) {
    }

    /** Why the topic counts as missing for a person. */
    public enum Reason {
        NOT_PLANNED("未安排个别谈话", "no interview planned"),
        NOT_IN_OUTLINE("谈话提纲未列入必谈内容", "interview planned without the mandatory topic");

        private final String nameZh;
        private final String nameEn;

        Reason(String nameZh, String nameEn) {
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
