package org.xuncha.interviews.internal.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.xuncha.interviews.api.LeaderNote;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedInterview;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.api.RecordDraft;
import org.xuncha.interviews.api.Section;
import org.xuncha.interviews.api.Signature;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.api.Signatures;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;

/** Rules of writing, signing off and correcting a record, without any storage. */
public final class RecordRules {

    private RecordRules() {
    }

    /** The list filter as the audit trail names it: ids only. */
    static String describe(PlanQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.roundId() != null) {
            parts.add("轮次 " + q.roundId());
        }
        if (q.groupId() != null) {
            parts.add("巡察组 " + q.groupId());
        }
        if (q.unitId() != null) {
            parts.add("单位 " + q.unitId());
        }
        return parts.isEmpty() ? "全部" : String.join("，", parts);
    }

    /**
     * A record of a planned interview: it must be of the round, group and unit the draft names (if
     * any), not cancelled and not recorded yet.
     */
    static void checkPlanned(RecordDraft d, PlannedInterview p, long roundId, long groupId, long unitId) {
        new Checks()
                .check(d.roundId() != null && d.roundId() != roundId || d.groupId() != null && d.groupId() != groupId
                                || d.unitId() != null && d.unitId() != unitId, "plannedInterviewId", "invalid",
                        "计划谈话与所填轮次、巡察组或单位不一致", "The planned interview belongs to another round, group or unit")
                .throwIfInvalid();
        if (p.status() == PlannedStatus.CANCELLED) {
            throw ApiException.conflict("cancelled", "该计划谈话已取消", "The planned interview was cancelled");
        }
        if (p.recordId() != null) {
            throw ApiException.conflict("already_recorded", "该计划谈话已有谈话记录（" + p.recordId() + "）",
                    "The planned interview already has a record (" + p.recordId() + ")");
        }
    }

    /** The plan fills in whatever the record leaves empty. */
    static RecordDraft withPlanDefaults(RecordDraft d, PlannedInterview p) {
        boolean sameInterviewee = d.personId() == null && d.intervieweeName() == null;
        return new RecordDraft(p.id(), null, null, null,
                d.category() != null ? d.category() : p.category(),
                sameInterviewee ? p.personId() : d.personId(),
                sameInterviewee && p.personId() == null ? p.intervieweeName() : d.intervieweeName(),
                d.intervieweePost() != null ? d.intervieweePost() : p.intervieweePost(),
                d.heldAt() != null ? d.heldAt() : p.scheduledAt(),
                d.place() != null ? d.place() : p.place(),
                d.interviewerIds() != null ? d.interviewerIds() : p.interviewerIds(),
                d.recorderId() != null ? d.recorderId() : p.recorderId(),
                d.sections(), d.leaderNotes(), d.version());
    }

    /** A draft's round, group, unit and planned interview cannot change once the record exists. */
    static void unchanged(RecordDraft d, long roundId, long groupId, long unitId, Long plannedId) {
        new Checks()
                .check(d.roundId() != null && d.roundId() != roundId || d.groupId() != null && d.groupId() != groupId
                        || d.unitId() != null && d.unitId() != unitId, "roundId", "invalid",
                        "谈话记录的轮次、巡察组和单位不能修改", "A record's round, group and unit cannot change")
                .check(d.plannedInterviewId() != null && !d.plannedInterviewId().equals(plannedId), "plannedInterviewId",
                        "invalid", "谈话记录对应的计划谈话不能修改", "A record's planned interview cannot change")
                .throwIfInvalid();
    }

    /**
     * Checks the signature status the recorder sends: every interviewer of the record exactly once,
     * signed or pending; the interviewee signed, pending or declined, with a note when declined.
     *
     * @return each interviewer's status, by person id
     */
    static Map<Long, SignatureStatus> signatures(Signatures s, Set<Long> interviewers) {
        List<Signature> sent = s.interviewers() == null ? List.of() : s.interviewers();
        Checks checks = new Checks()
                .check(!interviewers.equals(sent.stream().filter(Objects::nonNull).map(Signature::personId).collect(Collectors.toSet()))
                                || sent.size() != interviewers.size(), "interviewers", "invalid",
                        "签字情况须列出本记录的全部谈话人", "List every interviewer of the record")
                .check(sent.stream().anyMatch(x -> x == null || x.status() == null || x.status() == SignatureStatus.DECLINED),
                        "interviewers", "invalid", "谈话人的签字情况只能是“已签字”或“待签字”", "An interviewer has signed or not yet")
                .required("interviewee", s.interviewee(), "被谈话人签字情况", "interviewee signature")
                .maxLength("intervieweeNote", s.intervieweeNote(), Limits.INTERVIEWEE_NOTE, "说明", "note");
        checks.check(s.interviewee() == SignatureStatus.DECLINED && InterviewRules.trim(s.intervieweeNote()) == null,
                "intervieweeNote", "required", "被谈话人拒绝签字的，应注明情况", "Note why the interviewee declined to sign");
        checks.throwIfInvalid();
        Map<Long, SignatureStatus> byPerson = new HashMap<>();
        sent.forEach(x -> byPerson.put(x.personId(), x.status()));
        return byPerson;
    }

    /** What still stands in the way of signing off, in Chinese; empty when it can be signed off. */
    static List<String> notReady(boolean hasContent, List<SignatureStatus> interviewers, SignatureStatus interviewee) {
        List<String> missing = new ArrayList<>();
        if (!hasContent) {
            missing.add("谈话内容为空");
        }
        if (interviewers.stream().anyMatch(s -> s != SignatureStatus.SIGNED)) {
            missing.add("谈话人未全部签字");
        }
        if (interviewee == SignatureStatus.PENDING) {
            missing.add("被谈话人未签字（拒绝签字的应注明）");
        }
        return missing;
    }

    /** The content as plain text, as kept with a correction. */
    static String render(List<Section> sections, List<LeaderNote> notes) {
        StringBuilder b = new StringBuilder();
        for (Section s : sections) {
            b.append("【").append(s.topicTitle() == null ? "其他" : s.topicTitle()).append("】\n").append(s.text()).append("\n\n");
        }
        for (LeaderNote n : notes) {
            b.append("【必谈内容：").append(n.personId() == null ? "领导班子整体" : "人员 " + n.personId()).append("】\n")
                    .append(n.text()).append("\n\n");
        }
        return b.toString().strip();
    }
}
