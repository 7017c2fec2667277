package org.xuncha.personnelpools.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingReports;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;

/** The rules of training: what a training must say, when people may sign in, who missed a round's training. Pure. */
final class TrainingRules {

    private TrainingRules() {
    }

    /** Every fault of the draft itself, not yet thrown (the service adds what its lookups find); a 一轮一培训 names its round. */
    static Checks faults(Training.Draft d) {
        if (d == null) {
            throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("body", "required", "请提交培训信息", "A body is required")));
        }
        Checks checks = new Checks()
                .required("kind", d.kind(), "培训类型", "kind")
                .required("title", d.title(), "培训名称", "title").maxLength("title", d.title(), Training.TITLE_MAX, "培训名称", "title")
                .required("trainerPersonId", d.trainerPersonId(), "授课人", "trainer")
                .required("date", d.date(), "培训日期", "date")
                .required("hours", d.hours(), "学时", "hours")
                .maxLength("location", d.location(), Training.LOCATION_MAX, "培训地点", "location")
                .check(d.kind() == TrainingKind.ROUND && d.roundId() == null, "roundId", "required",
                        "一轮一培训须指定巡察轮次", "a pre-round training names its round");
        if (d.hours() != null) {
            checks.range("hours", d.hours(), 1, Training.HOURS_MAX, "学时", "hours");
        }
        List<Long> invitees = d.inviteeIds() == null ? List.of() : d.inviteeIds();
        checks.check(invitees.size() > Training.INVITEES_MAX, "inviteeIds", "too_long", "受邀人最多 " + Training.INVITEES_MAX + " 人",
                "at most " + Training.INVITEES_MAX + " invitees");
        checks.check(invitees.stream().anyMatch(java.util.Objects::isNull), "inviteeIds", "invalid", "受邀人不能为空", "an invitee cannot be empty");
        checks.check(new HashSet<>(invitees).size() < invitees.size(), "inviteeIds", "duplicate", "受邀人重复", "an invitee is listed twice");
        return checks;
    }

    /** {@link #faults}, thrown. */
    static void check(Training.Draft d) {
        faults(d).throwIfInvalid();
    }

    /** The office signs people in on the day or afterwards (补登), never before it is held. */
    static void checkOfficeSignIn(LocalDate held, LocalDate today) {
        if (held.isAfter(today)) {
            throw ApiException.conflict("not_yet_held", "培训尚未举行（" + held + "），不能签到", "The training is not held yet (" + held + "); no sign-in before");
        }
    }

    /** An attendee signs in on the day only, and only if invited. */
    static void checkSelfSignIn(LocalDate held, LocalDate today, boolean invited) {
        if (!invited) {
            throw new ApiException(403, "not_invited", "您不在本次培训的受邀名单中，请由巡察办登记签到",
                    "You are not invited to this training; the office can sign you in");
        }
        if (!held.equals(today)) {
            throw ApiException.conflict("not_today", "只能在培训当天（" + held + "）本人签到，其他时间请由巡察办补登",
                    "You can sign yourself in on the day (" + held + ") only; otherwise the office signs you in");
        }
    }

    /**
     * Who, of those seconded to the round, attended none of its trainings.
     *
     * @param seconded  person id → [name, group name or null], in the order to list them
     * @param attendees those who signed in to any of the round's trainings
     */
    static List<TrainingReports.Missing> missing(Map<Long, String[]> seconded, Set<Long> attendees) {
        List<TrainingReports.Missing> out = new ArrayList<>();
        seconded.forEach((id, who) -> {
            if (!attendees.contains(id)) {
                out.add(new TrainingReports.Missing(id, who[0], who[1]));
            }
        });
        return out;
    }
}
