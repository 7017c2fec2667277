package org.xuncha.example.internal.note;

import java.util.Map;

import org.xuncha.example.api.NoteDraft;
import org.xuncha.platform.api.rest.Checks;

/** The pure rules of notes: what a draft must satisfy, and how a list sorts. Tested without OSGi. */
final class NoteRules {

    /** Sort fields of the list ({@code NoteService.SORTABLE}) and the JPQL path each sorts by. */
    static final Map<String, String> SORT = Map.of("id", "n.id", "createdAt", "n.createdAt");

    private NoteRules() {
    }

    /** Every error of a draft at once (400, Chinese and English); the unit itself is looked up by the service. */
    static void check(NoteDraft draft) {
        if (draft == null) {
            new Checks().add("body", "required", "请求内容不能为空", "The request body is required").throwIfInvalid();
        }
        new Checks()
                .required("unitId", draft.unitId(), "单位", "unit")
                .required("text", draft.text(), "备注内容", "text")
                .maxLength("text", draft.text() == null ? null : draft.text().trim(), NoteDraft.TEXT_MAX, "备注内容", "text")
                .throwIfInvalid();
    }

    /** The text as stored: without the blanks around it. */
    static String text(NoteDraft draft) {
        return draft.text().trim();
    }
}
