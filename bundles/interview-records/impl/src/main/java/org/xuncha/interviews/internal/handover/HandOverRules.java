package org.xuncha.interviews.internal.handover;

import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;

/** Rules of raising a problem or lead and of handing it over, without any storage. */
public final class HandOverRules {

    /** {@code last_error} is kept to this length (xc_ivr_handover.last_error). */
    public static final int REASON_MAX = 500;

    private HandOverRules() {
    }

    /**
     * Checks a raised problem or lead.
     *
     * @param person the person concerned from reference data when {@code personId} was given and
     *               the caller may see them, else null
     */
    public static void check(RaiseDraft d, Person person, Checks checks) {
        checks.required("kind", d.kind(), "类型（问题或线索）", "kind")
                .required("description", InterviewRules.trim(d.description()), "问题或线索描述", "description")
                .maxLength("description", d.description(), Limits.TEXT, "问题或线索描述", "description")
                .maxLength("category", d.category(), Limits.CATEGORY, "分类", "category")
                .maxLength("personName", d.personName(), Limits.NAME, "反映对象姓名", "person's name")
                .maxLength("personPost", d.personPost(), Limits.POST, "反映对象职务", "person's post")
                .maxLength("personRank", d.personRank(), Limits.RANK, "反映对象职级", "person's rank")
                .check(d.personId() != null && person == null, "personId", "not_found", "反映对象在干部信息中不存在：" + d.personId(),
                        "No such person in reference data: " + d.personId());
        if (d.kind() == HandOverKind.LEAD && d.personId() == null) {
            checks.required("personName", InterviewRules.trim(d.personName()), "反映对象姓名（线索须指明反映对象）",
                    "person's name (a lead names the person concerned)");
        }
    }

    /** It concerns the top leader: said so, or the person named is the top leader in reference data. */
    public static boolean topLeader(RaiseDraft d, Person person) {
        return Boolean.TRUE.equals(d.concernsTopLeader()) || person != null && person.leadership() == Person.Leadership.TOP_LEADER;
    }

    /** It concerns another leading-group member: said so, or the person named is one. */
    public static boolean leadingGroup(RaiseDraft d, Person person) {
        return Boolean.TRUE.equals(d.concernsLeadingGroup()) || person != null && person.leadership() == Person.Leadership.LEADING_GROUP;
    }

    /** What lead transfer records as the origin, e.g. {@code interview-records:record:42}. */
    public static String sourceRef(SourceType type, long sourceId) {
        return InterviewRecordsEvents.MODULE + ":" + type.name().toLowerCase() + ":" + sourceId;
    }

    /** Why lead transfer refused, without content: its error code and message, or the exception type. */
    public static String reason(RuntimeException e) {
        String text = e instanceof ApiException api ? api.status() + " " + api.code() + "：" + api.messageZh() + " / " + api.messageEn()
                : e.getClass().getSimpleName();
        return text.length() > REASON_MAX ? text.substring(0, REASON_MAX) : text;
    }
}
