package org.xuncha.interviews.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Topic;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

/**
 * Validation shared by planned interviews and records, without any storage: who is interviewed, by
 * whom, on what. Errors go into the caller's {@link Checks}, each under {@code prefix + field} (e.g.
 * {@code interviews[0].interviewerIds}), with Chinese and English messages.
 */
public final class InterviewRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (Limits.CODE - 1) + "}");

    /** The interviewee after validation. */
    public record Interviewee(IntervieweeCategory category, Long personId, String name, String post) {
    }

    private InterviewRules() {
    }

    /** A request body is required: a service may be called with null from REST (no body) or Java. */
    public static <T> T body(T body) {
        if (body == null) {
            throw ApiException.validation(List.of(new FieldError("body", "required", "请求内容不能为空", "The request body is required")));
        }
        return body;
    }

    /** @throws ApiException 409 when the client's version is not the stored one (null: the client does not check) */
    public static void checkVersion(Long sent, long stored) {
        if (sent != null && sent != stored) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
    }

    /** A list of at most {@code max} entries. */
    public static void count(String field, Collection<?> values, int max, String labelZh, String labelEn, Checks checks) {
        checks.check(values != null && values.size() > max, field, "too_many", labelZh + "不能超过" + max + "项",
                labelEn + ": at most " + max);
    }

    /** A date in the years an inspection can have happened ({@link Limits#FIRST_YEAR} to {@link Limits#LAST_YEAR}). */
    public static void year(String field, LocalDate date, String labelZh, String labelEn, Checks checks) {
        checks.range(field, date == null ? null : date.getYear(), Limits.FIRST_YEAR, Limits.LAST_YEAR, labelZh + "（年份）",
                labelEn + " (year)");
    }

    public static void year(String field, LocalDateTime time, String labelZh, String labelEn, Checks checks) {
        year(field, time == null ? null : time.toLocalDate(), labelZh, labelEn, checks);
    }

    /**
     * @param person the interviewee from reference data when {@code personId} was given and found, else null
     * @return the interviewee, or null when there were errors
     */
    public static Interviewee interviewee(String prefix, IntervieweeCategory category, Long personId, String name, String post,
                                          Person person, long unitId, Checks checks) {
        int before = checks.errors().size();
        if (personId != null && person == null) {
            checks.add(prefix + "personId", "not_found", "谈话对象在干部信息中不存在：" + personId,
                    "No such person in reference data: " + personId);
        }
        if (person != null) {
            IntervieweeCategory own = IntervieweeCategory.of(person.leadership());
            if (category == null) {
                category = own;
            }
            checks.check((category.leadership() || own.leadership()) && category != own, prefix + "category", "invalid",
                    "干部信息中该人员是“" + own.nameZh() + "”，不是“" + category.nameZh() + "”",
                    "In reference data this person is a " + own.nameEn() + ", not a " + category.nameEn());
            checks.check(category != IntervieweeCategory.SERVED && !Long.valueOf(unitId).equals(person.unitId()),
                    prefix + "personId", "invalid", "谈话对象不是被巡察单位的干部", "The interviewee does not work in the inspected unit");
        }
        checks.required(prefix + "category", category, "谈话对象类别", "interviewee category");
        if (category != null && category.leadership()) {
            checks.required(prefix + "personId", personId, "一把手和领导班子成员须从干部信息中选择（谈话对象）",
                    "The top leader and leading-group members must be chosen from reference data (interviewee)");
        }
        String resolvedName = person != null ? person.name() : trim(name);
        if (personId == null) {
            checks.required(prefix + "intervieweeName", resolvedName, "谈话对象姓名", "interviewee name");
        }
        checks.maxLength(prefix + "intervieweeName", name, Limits.NAME, "谈话对象姓名", "interviewee name")
                .maxLength(prefix + "intervieweePost", post, Limits.POST, "谈话对象职务", "interviewee post");
        String resolvedPost = trim(post) != null ? trim(post) : person == null ? null : person.post();
        return checks.errors().size() > before ? null : new Interviewee(category, personId, resolvedName, resolvedPost);
    }

    /** At least two different interviewers and a recorder, all members of the group, none of them the interviewee. */
    public static void people(String prefix, List<Long> interviewerIds, Long recorderId, Long intervieweeId, Set<Long> groupMembers,
                              Checks checks) {
        List<Long> interviewers = interviewerIds == null ? List.of() : interviewerIds;
        count(prefix + "interviewerIds", interviewers, Limits.INTERVIEWERS, "谈话人", "interviewers", checks);
        Set<Long> distinct = new HashSet<>(interviewers);
        checks.check(distinct.size() < 2 || distinct.size() != interviewers.size() || distinct.contains(null),
                prefix + "interviewerIds", "too_few", "谈话人应为两名以上不同的巡察组成员",
                "At least two different group members must conduct the interview");
        checks.check(!groupMembers.containsAll(interviewers.stream().filter(Objects::nonNull).toList()),
                prefix + "interviewerIds", "invalid", "谈话人须为本巡察组成员", "Interviewers must be members of the group");
        checks.check(intervieweeId != null && interviewers.contains(intervieweeId), prefix + "interviewerIds", "invalid",
                "谈话对象不能同时是谈话人", "The interviewee cannot be an interviewer");
        checks.required(prefix + "recorderId", recorderId, "记录人", "recorder");
        checks.check(recorderId != null && !groupMembers.contains(recorderId), prefix + "recorderId", "invalid",
                "记录人须为本巡察组成员", "The recorder must be a member of the group");
    }

    /** Checks an outline; gives custom topics without a code one ({@code custom-N}). */
    public static List<Topic> topics(String field, List<Topic> topics, Checks checks) {
        if (topics == null) {
            return List.of();
        }
        count(field, topics, Limits.ITEMS, "谈话提纲题目", "topics", checks);
        List<Topic> result = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int n = 0;
        for (Topic t : topics) {
            String f = field + "[" + n++ + "]";
            if (t == null) {
                checks.add(f, "required", "题目不能为空", "topic is required");
                continue;
            }
            String title = trim(t.title());
            String code = trim(t.code());
            checks.required(f + ".title", title, "题目", "topic title").maxLength(f + ".title", title, Limits.TOPIC_TITLE, "题目", "topic title")
                    .maxLength(f + ".guidance", trim(t.guidance()), Limits.GUIDANCE, "谈话要点", "guidance")
                    .pattern(f + ".code", code, CODE, "题目编码", "topic code");
            if (code == null) {
                int i = n;
                while (codes.contains("custom-" + i)) {
                    i++;
                }
                code = "custom-" + i;
            }
            checks.check(!codes.add(code), f + ".code", "duplicate", "提纲中题目编码重复：" + code, "Duplicate topic code: " + code);
            result.add(new Topic(code, title, trim(t.guidance())));
        }
        return result;
    }

    /** What was said, topic by topic: every section needs text. */
    public static List<Section> sections(String field, List<Section> sections, Checks checks) {
        count(field, sections, Limits.ITEMS, "谈话内容", "sections", checks);
        List<Section> result = new ArrayList<>();
        int n = 0;
        for (Section s : sections == null ? List.<Section>of() : sections) {
            String f = field + "[" + n++ + "]";
            if (s == null) {
                checks.add(f, "required", "谈话内容不能为空", "section is required");
                continue;
            }
            checks.required(f + ".text", trim(s.text()), "谈话内容", "text").maxLength(f + ".text", s.text(), Limits.TEXT, "谈话内容", "text")
                    .maxLength(f + ".topicTitle", trim(s.topicTitle()), Limits.TOPIC_TITLE, "题目", "topic")
                    .pattern(f + ".topicCode", trim(s.topicCode()), CODE, "题目编码", "topic code");
            result.add(new Section(trim(s.topicCode()), trim(s.topicTitle()), s.text() == null ? null : s.text().strip()));
        }
        return result;
    }

    /**
     * The mandatory topic, leader by leader.
     *
     * @param leaders ids of the unit's top leader and leading-group members; a note names one of them or none
     */
    public static List<LeaderNote> leaderNotes(String field, List<LeaderNote> notes, Set<Long> leaders, Checks checks) {
        count(field, notes, Limits.ITEMS, "必谈内容", "leader notes", checks);
        List<LeaderNote> result = new ArrayList<>();
        int n = 0;
        for (LeaderNote note : notes == null ? List.<LeaderNote>of() : notes) {
            String f = field + "[" + n++ + "]";
            if (note == null) {
                checks.add(f, "required", "必谈内容不能为空", "note is required");
                continue;
            }
            checks.required(f + ".text", trim(note.text()), "必谈内容", "text").maxLength(f + ".text", note.text(), Limits.TEXT, "必谈内容", "text")
                    .check(note.personId() != null && !leaders.contains(note.personId()), f + ".personId", "invalid",
                            "所谈人员不是该单位的一把手或领导班子成员", "The person is not the unit's top leader or a leading-group member");
            result.add(new LeaderNote(note.personId(), note.text() == null ? null : note.text().strip()));
        }
        return result;
    }

    /** Whether a record's content covers the mandatory topic: notes on the leadership, or a non-empty mandatory section. */
    public static boolean coversMandatoryTopic(List<Section> sections, List<LeaderNote> notes) {
        return notes.stream().anyMatch(n -> trim(n.text()) != null)
                || sections.stream().anyMatch(s -> Topic.MANDATORY.equals(s.topicCode()) && trim(s.text()) != null);
    }

    public static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
