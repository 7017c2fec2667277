package org.xuncha.rectification.internal.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/** What the module's kinds of document share: an id parameter, and dates written the Chinese way. */
final class Parameters {

    private Parameters() {
    }

    /** The id parameter {@code field}: a positive whole number, else a 400 on the field. */
    static long id(Map<String, String> parameters, String field, String whatZh, String whatEn) {
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

    static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
