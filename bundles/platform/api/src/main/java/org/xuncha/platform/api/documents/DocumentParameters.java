package org.xuncha.platform.api.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/**
 * What kinds of document share in reading their parameters and writing dates: an id parameter
 * checked the same way everywhere, and the date as a document writes it.
 *
 * @since 1.1
 */
public final class DocumentParameters {

    private DocumentParameters() {
    }

    /**
     * The id parameter {@code field}: a positive whole number, else a 400 on the field saying what is
     * wanted (e.g. {@code id(p, "roundId", "巡察轮次", "round")}).
     */
    public static long id(Map<String, String> parameters, String field, String whatZh, String whatEn) {
        String v = parameters.get(field);
        try {
            long id = Long.parseLong(v == null ? "" : v.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.validation(List.of(new FieldError(field, "invalid", "请给出" + whatZh + "编号（正整数）",
                "give the " + whatEn + "'s id (a positive whole number)")));
    }

    /** 2026年3月1日; empty for none. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
