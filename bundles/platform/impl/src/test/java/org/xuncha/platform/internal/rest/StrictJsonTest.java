package org.xuncha.platform.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/**
 * Request bodies as the JSON provider reads them: bytes in, a value or a 400 naming the field out.
 * Every refusal is an {@link ApiException} whose body has a code and both messages.
 */
class StrictJsonTest {

    enum Kind { ALPHA, BETA }

    record Draft(String name, Long unitId, Integer count, Kind type, LocalDate from, LocalDateTime heldAt, Boolean active,
                 List<String> tags, Inner inner) {
    }

    record Inner(String text, long id) {
    }

    record Primitive(int count, boolean flag) {
    }

    private final JsonProvider provider = new JsonProvider();

    private Object read(Type type, byte[] body, MediaType mediaType) throws IOException {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Object> raw = (Class) (type instanceof Class<?> c ? c : Object.class);
        return provider.readFrom(raw, type, new java.lang.annotation.Annotation[0], mediaType, null, new ByteArrayInputStream(body));
    }

    private Draft draft(String json) throws IOException {
        return (Draft) read(Draft.class, json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE);
    }

    /** The refusal of {@code json} read as a Draft: a 400 whose body is complete. */
    private ApiException refusal(String json) {
        return refusal(Draft.class, json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE);
    }

    private ApiException refusal(Type type, byte[] body, MediaType mediaType) {
        try {
            Object value = read(type, body, mediaType);
            throw new AssertionError("accepted: " + value);
        } catch (ApiException e) {
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.code()).isNotBlank();
            assertThat(e.messageZh()).isNotBlank();
            assertThat(e.messageEn()).isNotBlank();
            assertThat(e.fields()).allSatisfy(f -> {
                assertThat(f.field()).isNotBlank();
                assertThat(f.code()).isNotBlank();
                assertThat(f.message()).isNotBlank();
                assertThat(f.messageEn()).isNotBlank();
            });
            return e;
        } catch (IOException e) {
            throw new AssertionError("an I/O error instead of a refusal", e);
        }
    }

    private static String field(ApiException e) {
        assertThat(e.fields()).hasSize(1);
        return e.fields().get(0).field();
    }

    @Test
    void readsAWellFormedBody() throws IOException {
        Draft d = draft("{\"name\":\"巡察\\ud83d\\ude00\",\"unitId\":12,\"count\":3,\"type\":\"BETA\",\"from\":\"2026-02-28\","
                + "\"heldAt\":\"2026-02-28T09:30:00\",\"active\":true,\"tags\":[\"a\"],\"inner\":{\"text\":\"t\\n\\tx\",\"id\":-1}}");
        assertThat(d).isEqualTo(new Draft("巡察😀", 12L, 3, Kind.BETA, LocalDate.of(2026, 2, 28), LocalDateTime.of(2026, 2, 28, 9, 30),
                true, List.of("a"), new Inner("t\n\tx", -1)));
    }

    @Test
    void dropsALeadingByteOrderMark() throws IOException {
        byte[] body = ("\uFEFF{\"name\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(((Draft) read(Draft.class, body, MediaType.APPLICATION_JSON_TYPE)).name()).isEqualTo("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\":\"a\"} x", "{\"name\":\"a\"}{\"name\":\"b\"}", "{\"name\":\"a\"} ]", "{\"name\":\"a\"},", "{\"name\":\"a\""})
    void refusesAnythingAfterOrMissingFromTheValue(String json) {
        assertThat(refusal(json).code()).isEqualTo("malformed_json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "null"})
    void refusesAnEmptyBody(String json) {
        assertThat(refusal(json).code()).isEqualTo("empty_body");
    }

    @Test
    void refusesUnknownFieldsByName() {
        ApiException e = refusal("{\"name\":\"a\",\"inner\":{\"text\":\"t\",\"id\":1,\"secret\":1}}");
        assertThat(e.fields().get(0).code()).isEqualTo("unknown_field");
        assertThat(e.fields().get(0).message()).contains("secret");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThat(refusal("{\"name\":\"a\",\"name\":\"b\"}").code()).isEqualTo("malformed_json");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":3}", "{\"type\":\"GAMMA\"}", "{\"type\":\"\"}", "{\"type\":true}",
        "{\"from\":20260230}", "{\"from\":20260228}", "{\"from\":\"2026-02-30\"}", "{\"from\":\"2026-2-3\"}", "{\"from\":\"28.02.2026\"}",
        "{\"from\":[2026,2,28]}", "{\"from\":\"2026-02-28T00:00:00\"}",
        "{\"heldAt\":1767225600000}", "{\"heldAt\":\"2026-02-30T09:00:00\"}", "{\"heldAt\":[2026,2,28,9,30]}",
        "{\"count\":1.5}", "{\"count\":1.0}", "{\"count\":1e2}", "{\"unitId\":2.5}",
        "{\"unitId\":\"12\"}", "{\"count\":\"3\"}", "{\"count\":\"\"}", "{\"active\":\"true\"}", "{\"active\":1}",
        "{\"name\":12}", "{\"name\":true}", "{\"name\":1.5}", "{\"name\":{}}", "{\"name\":[\"a\"]}",
        "{\"tags\":\"a\"}", "{\"tags\":[1]}", "{\"inner\":\"x\"}", "{\"inner\":{\"id\":null}}", "{\"inner\":{\"id\":\"1\"}}",
        "{\"unitId\":9223372036854775808}", "{\"count\":2147483648}", "{\"unitId\":-9223372036854775809}",
        "{\"unitId\":123456789012345678901234567890}", "{\"inner\":{\"id\":1e30}}",
    })
    void refusesWrongTypesAndFormatsNamingTheField(String json) {
        ApiException e = refusal(json);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("validation");
        String expected = json.substring(2, json.indexOf('"', 2));
        assertThat(field(e)).startsWith(expected);
    }

    @Test
    void refusesNullForAPrimitive() {
        ApiException e = refusal(Primitive.class, "{\"count\":null,\"flag\":false}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE);
        assertThat(field(e)).isEqualTo("count");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "\\u0007", "\\u001b[31m", "\\u007f", "\\ud800", "x\\udc00", "\\ud800\\ud800", "\\ufffd", "\\uffff", "\\ufffe"})
    void refusesControlCharactersBrokenUtf16AndReplacementCharactersInText(String escaped) {
        ApiException e = refusal("{\"inner\":{\"text\":\"" + escaped + "\"}}");
        assertThat(e.fields()).extracting(FieldError::field, FieldError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("inner.text", "invalid_text"));
    }

    @Test
    void checksTextInUntypedValuesAndMapKeysToo() throws Exception {
        Type map = JsonProvider.MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Object.class);
        assertThat(refusal(map, "{\"a\":{\"b\":[\"x\\u0000\"]}}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE).status())
                .isEqualTo(400);
        assertThat(refusal(map, "{\"a\\u0000\":1}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE).status())
                .isEqualTo(400);
        assertThat(read(map, "{\"a\":[\"巡察\",1,true,null]}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE))
                .isEqualTo(Map.of("a", java.util.Arrays.asList("巡察", 1, true, null)));
    }

    @Test
    void refusesTheRawForbiddenCharactersToo() {
        assertThat(refusal("{\"name\":\"a\u0000b\"}").status()).isEqualTo(400);
        assertThat(refusal("{\"name\":\"a\u0001b\"}").status()).isEqualTo(400);
        assertThat(refusal("{\"name\":\"\uFFFD\"}").fields()).extracting(FieldError::code).containsExactly("invalid_text");
    }

    @Test
    void refusesTextOverTheLimitAndTakesTextAtIt() throws IOException {
        String atLimit = "字".repeat(StrictJson.MAX_TEXT);
        assertThat(draft("{\"name\":\"" + atLimit + "\"}").name()).hasSize(StrictJson.MAX_TEXT);
        ApiException e = refusal("{\"tags\":[\"" + atLimit + "x\"]}");
        assertThat(e.fields()).extracting(FieldError::field, FieldError::code).containsExactly(org.assertj.core.groups.Tuple.tuple("tags[0]", "too_long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "0000007B0000007D",               // {} in UTF-32BE
        "7B0000007D000000",               // {} in UTF-32LE
        "007B007D",                       // {} in UTF-16BE
        "FEFF007B007D",                   // with a UTF-16 byte order mark
        "FFFE7B007D00",
        "7B226E616D65223A2200227D",       // a raw NUL byte inside the text
        "7B226E616D65223A22C0AF227D",     // overlong "/"
        "7B226E616D65223A22E080AF227D",   // overlong, three bytes
        "7B226E616D65223A22F08080AF227D", // overlong, four bytes
        "7B226E616D65223A22EDA080227D",   // an encoded surrogate (CESU-8)
        "7B226E616D65223A22F4908080227D", // beyond U+10FFFF
        "7B226E616D65223A22F888808080227D", // five-byte form
        "7B226E616D65223A2280227D",       // a lone continuation byte
        "7B226E616D65223A22E4B8227D",     // a truncated sequence
        "7B226E616D65223A22FF227D",       // a byte UTF-8 never uses
        "7B226E616D65223A22E9227D",       // Latin-1 é
        "7B226E616D65223A22D6D0227D",     // GBK 中
    })
    void refusesBytesThatAreNotUtf8(String hex) {
        ApiException e = refusal(Draft.class, HexFormat.of().parseHex(hex), MediaType.APPLICATION_JSON_TYPE);
        assertThat(e.code()).isEqualTo("invalid_encoding");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ISO-8859-1", "GBK", "utf-16", "UTF-32", "latin1", "nonsense"})
    void refusesADeclaredCharsetOtherThanUtf8(String charset) {
        ApiException e = refusal(Draft.class, "{}".getBytes(StandardCharsets.UTF_8), new MediaType("application", "json", Map.of("charset", charset)));
        assertThat(e.status()).isEqualTo(415);
        assertThat(e.code()).isEqualTo("unsupported_charset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "UTF-8", "utf8"})
    void takesUtf8DeclaredAnyWay(String charset) throws IOException {
        Object d = read(Draft.class, "{\"name\":\"中\"}".getBytes(StandardCharsets.UTF_8), new MediaType("application", "json", Map.of("charset", charset)));
        assertThat(((Draft) d).name()).isEqualTo("中");
    }

    @Test
    void refusesNestingBeyondTheParsersLimit() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThat(refusal(List.class, deep.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE).status()).isEqualTo(400);
    }

    @Test
    void refusesAnUnterminatedHugeNumber() {
        String json = "{\"unitId\":" + "9".repeat(2000) + "}";
        assertThat(refusal(json).status()).isEqualTo(400);
    }

    @Test
    void writesDatesAsIsoText() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        provider.writeTo(new Draft(null, null, null, Kind.ALPHA, LocalDate.of(2026, 3, 1), null, null, null, null), Draft.class, Draft.class,
                new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE, new javax.ws.rs.core.MultivaluedHashMap<>(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"from\":\"2026-03-01\"").contains("\"type\":\"ALPHA\"");
    }
}
