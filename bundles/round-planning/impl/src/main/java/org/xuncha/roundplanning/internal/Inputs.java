package org.xuncha.roundplanning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;

/** Input rules every service of the module applies the same way. */
public final class Inputs {

    /** Column length of division codes. */
    public static final int DIVISION_CODE = 12;
    /** At most this many supervision topics on a round or target. */
    public static final int MAX_TOPICS = 20;
    /** Column length of a supervision topic. */
    public static final int TOPIC = 200;
    /**
     * Business dates lie in this range: anything outside is a typing error, and far-off dates
     * would overflow date arithmetic (field periods, deadlines) or the database's date type.
     */
    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

    private Inputs() {
    }

    /** A request without a body is refused like an empty one. */
    public static <T> T body(T body) {
        if (body == null) {
            throw ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
        }
        return body;
    }

    public static Checks date(Checks checks, String field, LocalDate value, String labelZh, String labelEn) {
        return checks.check(value != null && (value.isBefore(FIRST_DAY) || value.isAfter(LAST_DAY)), field, "out_of_range",
                labelZh + "应在" + FIRST_DAY + "至" + LAST_DAY + "之间", labelEn + " must be between " + FIRST_DAY + " and " + LAST_DAY);
    }

    public static Checks divisionCode(Checks checks, String value) {
        return checks.required("divisionCode", value, "所属区划", "division")
                .maxLength("divisionCode", value, DIVISION_CODE, "所属区划", "division");
    }

    /** The field names an id that does not exist or lies outside the caller's scope (the two are not told apart). */
    public static Checks unknown(Checks checks, String field, String whatZh, String whatEn, Object id) {
        return checks.add(field, "not_found", whatZh + "不存在或不在您的数据范围内：" + id, whatEn + " not found or outside your scope: " + id);
    }

    public static ApiException unknownId(String field, String whatZh, String whatEn, Object id) {
        return ApiException.validation(unknown(new Checks(), field, whatZh, whatEn, id).errors());
    }

    /** Ids sent as a list or set, without nulls and repeats. */
    public static Set<Long> ids(Collection<Long> ids) {
        Set<Long> result = ids == null ? new HashSet<>() : new HashSet<>(ids);
        result.remove(null);
        return result;
    }

    /** Supervision topics, trimmed, without blanks and repeats, checked for number and length. */
    public static List<String> topics(Checks checks, String field, List<String> topics) {
        List<String> result = new ArrayList<>();
        if (topics != null) {
            for (String t : topics) {
                if (t != null && !t.isBlank() && !result.contains(t.trim())) {
                    result.add(t.trim());
                }
            }
        }
        checks.check(result.size() > MAX_TOPICS, field, "out_of_range", "专项监督内容最多" + MAX_TOPICS + "项",
                "at most " + MAX_TOPICS + " supervision topics");
        for (String t : result) {
            checks.maxLength(field, t, TOPIC, "专项监督内容", "supervision topic");
        }
        return result;
    }

    public static <T> void replace(Collection<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    /** The version the client read must still be current. */
    public static void checkVersion(Long sent, long current) {
        if (sent != null && sent != current) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
    }

    /** The division a record belongs to is fixed once created. */
    public static void requireSameDivision(String current, String sent, String whatZh, String whatEn) {
        if (!current.equals(sent)) {
            throw ApiException.validation(List.of(new FieldError("divisionCode", "invalid",
                    whatZh + "的所属区划不能修改", "the division of a " + whatEn + " cannot change")));
        }
    }

    /** Text cut to a column's length, marked as cut. */
    public static String fit(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
