package org.xuncha.interviews.internal.plan;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.PlannedInterviewDraft;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.Checks;

/** Validation of a planned interview, without any storage. */
public final class PlannedInterviewRules {

    /** A draft after validation, with the category and outline resolved. */
    public record Resolved(IntervieweeCategory category, Long personId, String name, String post, List<Topic> topics,
                           List<Long> interviewerIds, long recorderId, LocalDateTime scheduledAt, String place,
                           PlannedStatus status) {
    }

    private PlannedInterviewRules() {
    }

    /**
     * @param groupMembers   person ids of the group's members (interviewers and recorder come from them)
     * @param unitId         the plan's unit
     * @param person         the interviewee from reference data, or null if none was given or found
     * @param templateTopics the chosen template's topics, or null if none was given or found (a
     *                       {@code templateId} is always looked up: it is stored with the interview)
     * @return the resolved draft, or null if {@code checks} got errors
     */
    public static Resolved validate(String prefix, PlannedInterviewDraft d, Set<Long> groupMembers, long unitId, Person person,
                                    List<Topic> templateTopics, Checks checks) {
        int before = checks.errors().size();
        InterviewRules.Interviewee who = InterviewRules.interviewee(prefix, d.category(), d.personId(), d.intervieweeName(),
                d.intervieweePost(), person, unitId, checks);
        checks.check(d.templateId() != null && templateTopics == null, prefix + "templateId", "not_found",
                "谈话提纲模板不存在：" + d.templateId(), "No such outline template: " + d.templateId());
        List<Topic> topics = InterviewRules.topics(prefix + "topics", d.topics() != null ? d.topics() : templateTopics, checks);
        checks.check(topics.isEmpty(), prefix + "topics", "required", "谈话提纲不能为空（请选择模板或列出题目）",
                "The outline is empty (choose a template or list the topics)");
        InterviewRules.people(prefix, d.interviewerIds(), d.recorderId(), d.personId(), groupMembers, checks);
        checks.required(prefix + "scheduledAt", d.scheduledAt(), "谈话时间", "time")
                .required(prefix + "place", InterviewRules.trim(d.place()), "谈话地点", "place")
                .maxLength(prefix + "place", d.place(), Limits.PLACE, "谈话地点", "place")
                .check(d.status() == PlannedStatus.HELD, prefix + "status", "invalid",
                        "“已谈话”状态在录入谈话记录时自动设置", "The held status is set when the record is written");
        InterviewRules.year(prefix + "scheduledAt", d.scheduledAt(), "谈话时间", "time", checks);
        if (checks.errors().size() > before || who == null) {
            return null;
        }
        return new Resolved(who.category(), who.personId(), who.name(), who.post(), topics, List.copyOf(d.interviewerIds()),
                d.recorderId(), d.scheduledAt(), InterviewRules.trim(d.place()), d.status() == null ? PlannedStatus.PLANNED : d.status());
    }
}
