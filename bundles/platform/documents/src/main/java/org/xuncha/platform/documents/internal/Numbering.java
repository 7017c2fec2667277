package org.xuncha.platform.documents.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * 文号: each office's pattern per kind of document (e.g. {@code 聊巡办〔{年}〕{序号}号}) and a yearly
 * sequence per office and kind. A number is taken inside the transaction that stores the issued
 * document: the sequence row is incremented there (the update holds its row lock until the commit),
 * so concurrent issues wait for each other, and a rollback gives the number back — no gaps, no
 * duplicates (the issued table's unique key on office, kind, year and sequence is the backstop).
 */
@Component(service = Numbering.class)
public class Numbering {

    static final String YEAR = "{年}";
    static final String SEQ = "{序号}";
    /** GB/T 9704: 〔年份〕and the number without leading zeros; an office puts its 机关代字 in front. */
    static final String DEFAULT_PATTERN = "〔" + YEAR + "〕" + SEQ + "号";
    static final int PATTERN_MAX = 60;

    /** A kind's rule in one office, with the number the next issue would take this year. */
    public record Rule(String kind, String nameZh, String nameEn, String pattern, boolean custom, String next) {
    }

    public record RuleBody(String pattern) {
    }

    private final ModuleStore store;

    @Activate
    public Numbering(@Reference Store store) {
        this.store = store.db();
    }

    /** The number as printed: the pattern with the year and the sequence (no leading zeros). */
    static String format(String pattern, int year, int seq) {
        return pattern.replace(YEAR, String.valueOf(year)).replace(SEQ, String.valueOf(seq));
    }

    /** Checks a pattern: {序号} exactly once, {年} at most once, no other placeholder, at most 60 characters. */
    static List<FieldError> check(String pattern) {
        List<FieldError> errors = new ArrayList<>();
        if (pattern == null || pattern.isBlank()) {
            errors.add(new FieldError("pattern", "required", "请填写文号格式", "the number pattern is required"));
            return errors;
        }
        if (pattern.length() > PATTERN_MAX) {
            errors.add(new FieldError("pattern", "too_long", "文号格式不超过 60 个字", "the pattern is at most 60 characters"));
        }
        String rest = pattern.replace(SEQ, "").replace(YEAR, "");
        if (count(pattern, SEQ) != 1 || count(pattern, YEAR) > 1 || rest.contains("{") || rest.contains("}")) {
            errors.add(new FieldError("pattern", "invalid", "文号格式须含一个 {序号}，可含一个 {年}，不能有其他占位符，如 聊巡办〔{年}〕{序号}号",
                    "the pattern needs {序号} once, may hold {年} once and no other placeholder, e.g. 聊巡办〔{年}〕{序号}号"));
        }
        return errors;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    /** The rules of the caller's office for the kinds installed now (the default where the office set none). */
    public List<Rule> rules(Caller caller, Collection<DocumentKind> kinds) {
        caller.require(DocumentsDescriptor.ISSUE);
        String office = office(caller);
        int year = store.today().getYear();
        return store.read(em -> kinds.stream().sorted(java.util.Comparator.comparing(DocumentKind::code)).map(k -> {
            String custom = custom(em, office, k.code());
            String pattern = custom == null ? DEFAULT_PATTERN : custom;
            return new Rule(k.code(), k.nameZh(), k.nameEn(), pattern, custom != null, format(pattern, year, last(em, office, k.code(), year) + 1));
        }).toList());
    }

    /** Sets the office's pattern for a kind; audited. The sequence goes on (a new pattern does not restart the year). */
    public Rule set(Caller caller, DocumentKind kind, String pattern) {
        caller.require(DocumentsDescriptor.NUMBERING_MANAGE);
        String office = office(caller);
        List<FieldError> errors = check(pattern);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String p = pattern.trim();
        int year = store.today().getYear();
        return store.write(em -> {
            int updated = em.createNativeQuery("update xc_documents_number_rule set pattern = ?, updated_at = ?, updated_by = ? "
                    + "where division_code = ? and kind = ?").setParameter(1, p).setParameter(2, java.sql.Timestamp.valueOf(store.now())).setParameter(3, caller.username())
                    .setParameter(4, office).setParameter(5, kind.code()).executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into xc_documents_number_rule (division_code, kind, pattern, updated_at, updated_by) values (?, ?, ?, ?, ?)")
                        .setParameter(1, office).setParameter(2, kind.code()).setParameter(3, p).setParameter(4, java.sql.Timestamp.valueOf(store.now()))
                        .setParameter(5, caller.username()).executeUpdate();
            }
            store.audit(em, caller, AuditAction.UPDATE, "number-rule", office + "/" + kind.code(), "设置文号格式（" + kind.nameZh() + "：" + p + "）");
            return new Rule(kind.code(), kind.nameZh(), kind.nameEn(), p, true, format(p, year, last(em, office, kind.code(), year) + 1));
        });
    }

    /** A number taken: the year, the sequence and the text. */
    public record Taken(int year, int seq, String text) {
    }

    /**
     * Takes the next number inside {@code em}'s transaction (call {@link #prepare} first, outside it).
     * The row stays locked until that transaction ends.
     */
    Taken take(EntityManager em, String office, String kind, int year) {
        int updated = em.createNativeQuery("update xc_documents_sequence set last_value = last_value + 1 where division_code = ? and kind = ? and year_no = ?")
                .setParameter(1, office).setParameter(2, kind).setParameter(3, year).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("no sequence row for " + office + "/" + kind + "/" + year);
        }
        int seq = last(em, office, kind, year);
        String custom = custom(em, office, kind);
        return new Taken(year, seq, format(custom == null ? DEFAULT_PATTERN : custom, year, seq));
    }

    /**
     * Makes sure the office's sequence row for the kind and year exists, in a transaction of its own: two
     * first issues of a year may both try to create it, and the one that loses finds it there.
     */
    void prepare(String office, String kind, int year) {
        if (store.read(em -> exists(em, office, kind, year))) {
            return;
        }
        try {
            store.write(em -> em.createNativeQuery("insert into xc_documents_sequence (division_code, kind, year_no, last_value) values (?, ?, ?, 0)")
                    .setParameter(1, office).setParameter(2, kind).setParameter(3, year).executeUpdate());
        } catch (RuntimeException e) {
            if (!store.read(em -> exists(em, office, kind, year))) {
                throw e;
            }
        }
    }

    private static boolean exists(EntityManager em, String office, String kind, int year) {
        return !em.createNativeQuery("select last_value from xc_documents_sequence where division_code = ? and kind = ? and year_no = ?")
                .setParameter(1, office).setParameter(2, kind).setParameter(3, year).getResultList().isEmpty();
    }

    private static int last(EntityManager em, String office, String kind, int year) {
        List<?> rows = em.createNativeQuery("select last_value from xc_documents_sequence where division_code = ? and kind = ? and year_no = ?")
                .setParameter(1, office).setParameter(2, kind).setParameter(3, year).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private static String custom(EntityManager em, String office, String kind) {
        List<?> rows = em.createNativeQuery("select pattern from xc_documents_number_rule where division_code = ? and kind = ?")
                .setParameter(1, office).setParameter(2, kind).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    static String office(Caller caller) {
        if (caller.divisionCode() == null || caller.divisionCode().isBlank()) {
            throw ApiException.conflict("no_division", "账号未设所属区划，不能印发公文", "the account belongs to no division, so it cannot issue documents");
        }
        return caller.divisionCode();
    }
}
