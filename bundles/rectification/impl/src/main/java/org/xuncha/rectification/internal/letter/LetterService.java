package org.xuncha.rectification.internal.letter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Rounds;
import org.xuncha.rectification.internal.Store;

/**
 * 巡察建议书: what the office recommends to a functional department (e.g. 市财政局) from the problems
 * of a round, and the department's reply, due by a day the office sets. They belong to a division
 * (the committee's); a unit's contact sees none.
 */
@Component(service = LetterService.class)
public class LetterService {

    static final int DEPARTMENT_MAX = 200;
    static final int TITLE_MAX = 500;
    static final int CONTENT_MAX = 5000;
    static final int REPLY_MAX = 2000;

    /** A letter as the office records it; {@code divisionCode} the caller's own when absent. */
    public record Draft(String divisionCode, Long roundId, String department, String title, String content, LocalDate sentOn, LocalDate replyDue) {
    }

    /** The department's reply. */
    public record Reply(LocalDate repliedOn, String reply) {
    }

    /** A letter as read; {@code overdue}: no reply and past its due day. */
    public record Letter(long id, String divisionCode, Long roundId, String department, String title, String content, LocalDate sentOn,
                         LocalDate replyDue, LocalDate repliedOn, String reply, boolean overdue, String recordedBy, LocalDateTime recordedAt) {
    }

    private final ModuleStore store;
    private final Rounds rounds;

    @Activate
    public LetterService(@Reference Store store, @Reference Rounds rounds) {
        this.store = store.db();
        this.rounds = rounds;
    }

    public Letter send(Caller caller, Draft d) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        String division = d == null || d.divisionCode() == null || d.divisionCode().isBlank() ? caller.divisionCode() : d.divisionCode().trim();
        new Checks().required("department", trim(d == null ? null : d.department()), "收文部门", "department")
                .maxLength("department", trim(d == null ? null : d.department()), DEPARTMENT_MAX, "收文部门", "department")
                .required("title", trim(d == null ? null : d.title()), "标题", "title")
                .maxLength("title", trim(d == null ? null : d.title()), TITLE_MAX, "标题", "title")
                .maxLength("content", trim(d == null ? null : d.content()), CONTENT_MAX, "内容", "content")
                .required("sentOn", d == null ? null : d.sentOn(), "印发日期", "day sent")
                .check(d != null && d.sentOn() != null && d.sentOn().isAfter(today), "sentOn", "future", "印发日期不能晚于今天", "The day sent must not be in the future")
                .check(d != null && d.sentOn() != null && d.replyDue() != null && d.replyDue().isBefore(d.sentOn()), "replyDue", "before_sent",
                        "回复期限不能早于印发日期", "The reply is not due before the letter is sent")
                .throwIfInvalid();
        if (!caller.scope().coversDivision(division)) {
            throw Access.outOfScope("divisionCode", "行政区划 " + division, "division " + division);
        }
        if (d.roundId() != null) {
            // 400 unknown, 403 outside the caller's scope; 503 while round planning is away
            rounds.round(caller, d.roundId());
        }
        return store.write(em -> {
            LetterEntity e = new LetterEntity();
            e.divisionCode = division;
            e.roundId = d.roundId();
            e.department = trim(d.department());
            e.title = trim(d.title());
            e.sentOn = d.sentOn();
            e.replyDue = d.replyDue();
            e.recordedBy = caller.username();
            e.recordedAt = store.now();
            em.persist(e);
            e.content = trim(d.content()) == null ? null : store.encrypt(trim(d.content()), e.place());
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "letter", e.id, "印发巡察建议书");
            return value(e, today);
        });
    }

    /** The department's reply, recorded by the office (again: corrects it). */
    public Letter reply(Caller caller, long id, Reply r) {
        caller.require(RectificationPermissions.MANAGE);
        LocalDate today = store.today();
        return store.write(em -> {
            LetterEntity e = find(em, caller, id);
            new Checks().required("repliedOn", r == null ? null : r.repliedOn(), "回复日期", "day replied")
                    .required("reply", trim(r == null ? null : r.reply()), "回复内容", "reply")
                    .maxLength("reply", trim(r == null ? null : r.reply()), REPLY_MAX, "回复内容", "reply")
                    .check(r != null && r.repliedOn() != null && r.repliedOn().isBefore(e.sentOn), "repliedOn", "before_sent",
                            "回复日期不能早于印发日期", "The reply cannot come before the letter")
                    .check(r != null && r.repliedOn() != null && r.repliedOn().isAfter(today), "repliedOn", "future",
                            "回复日期不能晚于今天", "The day replied must not be in the future")
                    .throwIfInvalid();
            e.repliedOn = r.repliedOn();
            e.reply = trim(r.reply());
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "letter", e.id, "登记巡察建议书回复");
            return value(e, today);
        });
    }

    public Letter letter(Caller caller, long id) {
        caller.require(RectificationPermissions.READ);
        return store.read(em -> value(find(em, caller, id), store.today()));
    }

    /** Filtered by round and by being replied when given. */
    public Page<Letter> letters(Caller caller, Long roundId, Boolean replied, PageRequest page) {
        caller.require(RectificationPermissions.READ);
        LocalDate today = store.today();
        return store.read(em -> {
            Where w = Where.scoped(caller, "e.divisionCode", null).eq("e.roundId", "roundId", roundId);
            if (Access.unitLimited(caller)) {
                w.and("e.id < 0");
            }
            if (replied != null) {
                w.and(replied ? "e.repliedOn is not null" : "e.repliedOn is null");
            }
            return w.page(em, LetterEntity.class, "e", Where.orderBy(page, Map.of("id", "e.id", "sentOn", "e.sentOn"), "e.id"), page)
                    .map(e -> value(e, today));
        });
    }

    private LetterEntity find(EntityManager em, Caller caller, long id) {
        LetterEntity e = em.find(LetterEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("巡察建议书", "recommendation letter", id);
        }
        caller.requireDivision(e.divisionCode);
        if (Access.unitLimited(caller)) {
            throw ApiException.outOfScope();
        }
        return e;
    }

    private Letter value(LetterEntity e, LocalDate today) {
        boolean overdue = e.repliedOn == null && e.replyDue != null && e.replyDue.isBefore(today);
        return new Letter(e.id, e.divisionCode, e.roundId, e.department, e.title, e.content == null ? null : store.decrypt(e.content, e.place()),
                e.sentOn, e.replyDue, e.repliedOn, e.reply, overdue, e.recordedBy, e.recordedAt);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
