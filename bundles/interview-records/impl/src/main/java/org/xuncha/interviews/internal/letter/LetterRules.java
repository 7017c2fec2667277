package org.xuncha.interviews.internal.letter;

import java.time.LocalDate;

import org.xuncha.interviews.api.LetterDisposition;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.LetterHandling;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.platform.api.rest.Checks;

/** What a letter or visit must carry when registered and when handled, without any storage. */
public final class LetterRules {

    private LetterRules() {
    }

    /** A letter as registered; {@code today} is the platform's date (it cannot have arrived later). */
    public static void check(LetterDraft d, LocalDate today, Checks checks) {
        checks.required("channel", d.channel(), "来源渠道", "channel")
                .required("receivedOn", d.receivedOn(), "收到日期", "date received")
                .check(d.receivedOn() != null && d.receivedOn().isAfter(today), "receivedOn", "out_of_range",
                        "收到日期不能晚于今天", "The date received cannot be in the future")
                .required("content", InterviewRules.trim(d.content()), "反映内容", "content")
                .maxLength("content", d.content(), Limits.TEXT, "反映内容", "content")
                .maxLength("reporterName", d.reporterName(), Limits.NAME, "反映人", "reporter")
                .maxLength("reporterContact", d.reporterContact(), Limits.CONTACT, "联系方式", "contact");
        InterviewRules.year("receivedOn", d.receivedOn(), "收到日期", "date received", checks);
    }

    /** How it was handled: a disposition other than pending, and a note of bounded length. */
    public static void check(LetterHandling h, Checks checks) {
        checks.required("disposition", h.disposition(), "处理方式", "disposition")
                .check(h.disposition() == LetterDisposition.PENDING, "disposition", "invalid", "请选择处理方式", "Choose how it is handled")
                .maxLength("note", h.note(), Limits.TEXT, "处理情况", "note");
    }
}
