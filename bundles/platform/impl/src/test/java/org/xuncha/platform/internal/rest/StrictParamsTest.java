package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.annotation.Annotation;
import java.time.LocalDate;

import javax.ws.rs.HeaderParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/**
 * Typed query, path and header parameters as every module's server converts them: a value that
 * does not fit is a 400 naming the parameter (JAX-RS would answer a bare 404), empty is absent.
 */
class StrictParamsTest {

    enum Status { OPEN, CLOSED }

    private final StrictParams params = new StrictParams();

    /** Annotations as a resource method's parameter carries them. */
    @SuppressWarnings("unused")
    private static final class Holder {
        void query(@QueryParam("termId") Long termId) {
        }

        void path(@PathParam("id") long id) {
        }

        void header(@HeaderParam("X-Count") int count) {
        }
    }

    private static Annotation[] annotations(String method) {
        for (var m : Holder.class.getDeclaredMethods()) {
            if (m.getName().equals(method)) {
                return m.getParameterAnnotations()[0];
            }
        }
        throw new IllegalArgumentException(method);
    }

    private <T> ParamConverter<T> converter(Class<T> type, String method) {
        ParamConverter<T> c = params.getConverter(type, type, annotations(method));
        assertThat(c).as("a converter for " + type).isNotNull();
        return c;
    }

    private <T> ParamConverter<T> query(Class<T> type) {
        return converter(type, "query");
    }

    /** The 400 for {@code value}: one field error naming the parameter, in both languages. */
    private static FieldError refused(ParamConverter<?> converter, String value, String name) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> converter.fromString(value));
        assertThat(e).as("refusal of '" + value + "'").isNotNull();
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("validation");
        assertThat(e.fields()).hasSize(1);
        FieldError f = e.fields().get(0);
        assertThat(f.field()).isEqualTo(name);
        assertThat(f.code()).isEqualTo("invalid");
        assertThat(f.message()).contains(name);
        assertThat(f.messageEn()).contains(name);
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "1,000", "1e3", "0x10", "12abc", "--1", "１２", "9223372036854775808", "-9223372036854775809",
        "99999999999999999999", "NaN", "null", "\u0000", "12\u0000", "\u000012", "\t12", "12\n", "1\u00a02"})
    void refusesWhatIsNotAWholeLongByName(String value) {
        refused(query(Long.class), value, "termId");
    }

    @Test
    void takesWholeNumbersInRange() {
        assertThat(query(Long.class).fromString("12")).isEqualTo(12L);
        assertThat(query(Long.class).fromString(" 12 ")).isEqualTo(12L);
        assertThat(query(Long.class).fromString("-1")).isEqualTo(-1L);
        assertThat(query(Long.class).fromString("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(query(Integer.class).fromString("2147483647")).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "2147483648", "-2147483649", "9223372036854775807", "abc"})
    void refusesWhatIsNotAnInt(String value) {
        refused(query(Integer.class), value, "termId");
    }

    @Test
    void emptyIsAbsentExceptForPrimitivesWhichNeedAValue() {
        assertThat(query(Long.class).fromString("")).isNull();
        assertThat(query(Long.class).fromString(null)).isNull();
        assertThat(query(LocalDate.class).fromString("")).isNull();
        assertThat(query(Status.class).fromString("")).isNull();
        assertThat(query(Boolean.class).fromString("")).isNull();
        assertThat(query(String.class).fromString("")).isNull();
        refused(converter(long.class, "path"), "", "id");
        refused(converter(int.class, "header"), "", "X-Count");
        refused(converter(long.class, "path"), "abc", "id");
        assertThat(converter(long.class, "path").fromString("7")).isEqualTo(7L);
    }

    @Test
    void readsBooleansAsTrueOrFalseOnly() {
        assertThat(query(Boolean.class).fromString("true")).isTrue();
        assertThat(query(Boolean.class).fromString("FALSE")).isFalse();
        for (String v : new String[] {"1", "0", "yes", "on", "t", "truee", "true\u0000", "\u0000false"}) {
            refused(query(Boolean.class), v, "termId");
        }
        assertThat(query(boolean.class).fromString("true")).isTrue();
    }

    @Test
    void readsDatesAsExistingIsoDatesOnly() {
        assertThat(query(LocalDate.class).fromString("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(query(LocalDate.class).fromString("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        for (String v : new String[] {"2026-02-30", "2026-02-29", "2026-13-01", "2026-2-3", "20260228", "2026/02/28", "28.02.2026",
            "2026-02-28T00:00", "today", "-1", "2026-02-28\u0000", "\u00002026-02-28"}) {
            FieldError f = refused(query(LocalDate.class), v, "termId");
            assertThat(f.messageEn()).contains("YYYY-MM-DD");
        }
    }

    @Test
    void readsEnumsInAnyCaseAndListsTheChoicesOtherwise() {
        assertThat(query(Status.class).fromString("closed")).isEqualTo(Status.CLOSED);
        assertThat(query(Status.class).fromString("Open")).isEqualTo(Status.OPEN);
        FieldError f = refused(query(Status.class), "NOPE", "termId");
        assertThat(f.message()).contains("OPEN", "CLOSED");
        assertThat(f.messageEn()).contains("OPEN", "CLOSED");
        refused(query(Status.class), "0", "termId");
        refused(query(Status.class), "OPEN\u0000", "termId");
    }

    @Test
    void refusesTextWithControlCharactersOrOverTheLimit() {
        assertThat(query(String.class).fromString("巡察 text\t")).isEqualTo("巡察 text\t");
        assertThat(query(String.class).fromString("x".repeat(StrictParams.MAX_TEXT))).hasSize(StrictParams.MAX_TEXT);
        refused(query(String.class), "x".repeat(StrictParams.MAX_TEXT + 1), "termId");
        for (String v : new String[] {"a\u0000b", "\u001b[2J", "\ud800", "\udc00", "\ufffd", "\u007f"}) {
            refused(query(String.class), v, "termId");
        }
    }

    @Test
    void leavesUnannotatedParametersAndOtherTypesToJaxRs() {
        assertThat(params.getConverter(Long.class, Long.class, new Annotation[0])).isNull();
        assertThat(params.getConverter(java.util.UUID.class, java.util.UUID.class, annotations("query"))).isNull();
    }

    @Test
    void writesValuesBack() {
        assertThat(query(Status.class).toString(Status.OPEN)).isEqualTo("OPEN");
        assertThat(query(Long.class).toString(5L)).isEqualTo("5");
        assertThat(query(Long.class).toString(null)).isNull();
    }
}
