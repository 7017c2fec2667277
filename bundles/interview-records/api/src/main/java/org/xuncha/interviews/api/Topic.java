package org.xuncha.interviews.api;

/**
 * One topic of an interview outline (谈话提纲).
 *
 * @param code     stable code; topics from the shipped library keep theirs (the mandatory topic is
 *                 {@link #MANDATORY}); a custom topic may leave it null and gets one when saved
 * @param title    what to ask about
 * @param guidance notes for the interviewers, may be null
 */
public record Topic(String code, String title, String guidance) {

    /**
     * The mandatory topic (必谈内容): the work and life situation of the leading-group members, above
     * all the top leader (一把手).
     */
    public static final String MANDATORY = "leaders-work-life";

    public static final String MANDATORY_TITLE = "领导班子成员特别是“一把手”的工作和生活情况";

    public boolean mandatory() {
        return MANDATORY.equals(code);
    }
}
