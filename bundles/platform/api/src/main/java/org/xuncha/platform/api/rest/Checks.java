package org.xuncha.platform.api.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects field errors for one input and throws them together, so the user sees every problem
 * at once. Each check names the field as the client sent it, and its label in Chinese and English.
 *
 * <pre>
 * new Checks()
 *     .required("name", d.name(), "名称", "name").maxLength("name", d.name(), 200, "名称", "name")
 *     .throwIfInvalid();
 * </pre>
 */
public final class Checks {

    private final List<FieldError> errors = new ArrayList<>();

    public Checks required(String field, Object value, String labelZh, String labelEn) {
        boolean blank = value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        if (blank) {
            add(field, "required", labelZh + "不能为空", labelEn + " is required");
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max, String labelZh, String labelEn) {
        if (value != null && value.length() > max) {
            add(field, "too_long", labelZh + "不能超过" + max + "个字符", labelEn + " must be at most " + max + " characters");
        }
        return this;
    }

    public Checks pattern(String field, String value, Pattern pattern, String labelZh, String labelEn) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            add(field, "invalid", labelZh + "格式不正确", labelEn + " has an invalid format");
        }
        return this;
    }

    public Checks range(String field, Number value, long min, long max, String labelZh, String labelEn) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            add(field, "out_of_range", labelZh + "应在" + min + "到" + max + "之间",
                    labelEn + " must be between " + min + " and " + max);
        }
        return this;
    }

    /** {@code from} must not be after {@code to}; the error is reported on {@code toField}. */
    public Checks notAfter(String toField, LocalDate from, LocalDate to, String labelZh, String labelEn) {
        if (from != null && to != null && from.isAfter(to)) {
            add(toField, "out_of_range", labelZh + "不能早于开始日期", labelEn + " must not be before the start date");
        }
        return this;
    }

    public Checks oneOf(String field, String value, Collection<String> allowed, String labelZh, String labelEn) {
        if (value != null && !allowed.contains(value)) {
            add(field, "invalid", labelZh + "取值无效，可选：" + String.join("、", allowed),
                    labelEn + " is not one of: " + String.join(", ", allowed));
        }
        return this;
    }

    /** A custom rule: when {@code failed} is true the field gets the given error. */
    public Checks check(boolean failed, String field, String code, String messageZh, String messageEn) {
        if (failed) {
            add(field, code, messageZh, messageEn);
        }
        return this;
    }

    public Checks add(String field, String code, String messageZh, String messageEn) {
        errors.add(new FieldError(field, code, messageZh, messageEn));
        return this;
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a 400 {@link ApiException} listing every error found, if any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
