package org.xuncha.platform.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/**
 * Query, path and header parameters, parsed strictly and refused by name. JAX-RS answers a query or
 * path parameter that does not convert with a bare 404, as if the endpoint did not exist; here
 * {@code ?termId=abc}, {@code ?page=1.5}, {@code ?type=NOPE} or {@code ?from=2026-02-30} is a 400
 * whose field is the parameter, saying what was expected. Numbers are whole decimal numbers in
 * range, booleans {@code true}/{@code false}, dates ISO {@code yyyy-MM-dd}, enums one of their
 * names (any case). Text parameters refuse control characters and stay within
 * {@value #MAX_TEXT} characters. A parameter sent empty ({@code ?roundId=}) counts as absent.
 */
@Component(service = ParamConverterProvider.class, property = Extensions.KEY + "=" + Extensions.PARAMS)
public class StrictParams implements ParamConverterProvider {

    static final int MAX_TEXT = 500;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        Function<String, ?> parse;
        if (rawType == Long.class || rawType == long.class) {
            parse = v -> whole(name, v, Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (rawType == Integer.class || rawType == int.class) {
            parse = v -> (int) whole(name, v, Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (rawType == Boolean.class || rawType == boolean.class) {
            parse = v -> bool(name, v);
        } else if (rawType == LocalDate.class) {
            parse = v -> date(name, v);
        } else if (rawType.isEnum()) {
            parse = v -> enumOf((Class<? extends Enum>) rawType, name, v);
        } else if (rawType == String.class) {
            parse = v -> text(name, v);
        } else {
            return null;
        }
        boolean primitive = rawType.isPrimitive();
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isEmpty()) {
                    if (primitive) {
                        throw invalid(name, "不能为空", "must not be empty");
                    }
                    return null;
                }
                return (T) parse.apply(value);
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            } else if (a instanceof PathParam p) {
                return p.value();
            } else if (a instanceof HeaderParam h) {
                return h.value();
            } else if (a instanceof FormParam f) {
                return f.value();
            } else if (a instanceof CookieParam c) {
                return c.value();
            } else if (a instanceof MatrixParam m) {
                return m.value();
            }
        }
        return null;
    }

    static long whole(String name, String value, long min, long max) {
        String v = spaces(value);
        if (!v.matches("[+-]?\\d{1,19}")) {
            throw invalid(name, "应为整数", "must be a whole number");
        }
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalid(name, "超出范围（" + min + "～" + max + "）", "is out of range (" + min + " to " + max + ")");
        }
    }

    static boolean bool(String name, String value) {
        return switch (spaces(value).toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "应为 true 或 false", "must be true or false");
        };
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(spaces(value));
        } catch (DateTimeParseException e) {
            throw invalid(name, "应为有效日期，格式 YYYY-MM-DD", "must be a valid date written YYYY-MM-DD");
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        String v = spaces(value).toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(v)) {
                return e;
            }
        }
        String choices = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        throw invalid(name, "取值无效，可选：" + choices, "is not one of: " + choices);
    }

    /**
     * The value without the spaces around it ({@code ?page= 2}). Not {@link String#trim()}, which
     * also drops NUL and other control characters and would take {@code 12%00} for 12.
     */
    static String spaces(String value) {
        int begin = 0;
        int end = value.length();
        while (begin < end && value.charAt(begin) == ' ') {
            begin++;
        }
        while (end > begin && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(begin, end);
    }

    static String text(String name, String value) {
        if (value.length() > MAX_TEXT) {
            throw invalid(name, "不能超过" + MAX_TEXT + "个字符", "must be at most " + MAX_TEXT + " characters");
        }
        if (!TextRules.clean(value)) {
            throw invalid(name, "含有不允许的控制字符或无效字符", "contains control or invalid characters");
        }
        return value;
    }

    static ApiException invalid(String name, String zh, String en) {
        return ApiException.validation(List.of(new FieldError(name, "invalid", "参数 " + name + " " + zh, "Parameter " + name + " " + en)));
    }
}
