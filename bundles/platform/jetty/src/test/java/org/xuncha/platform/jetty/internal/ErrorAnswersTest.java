package org.xuncha.platform.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The web server's own error bodies: the platform's error model, valid JSON, both languages. */
class ErrorAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode parse(byte[] body) throws Exception {
        JsonNode n = JSON.readTree(body);
        assertThat(n.fieldNames()).toIterable().containsExactly("code", "message", "messageEn", "fields");
        assertThat(n.path("code").asText()).matches("[a-z_]+");
        assertThat(n.path("message").asText()).isNotBlank().matches(".*\\p{IsHan}.*");
        assertThat(n.path("messageEn").asText()).isNotBlank();
        assertThat(n.path("fields").isArray()).isTrue();
        return n;
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 406, 408, 409, 411, 413, 414, 415, 416, 417, 418, 422, 429, 431, 500, 501, 502, 503, 504, 505})
    void everyStatusHasACodeAndBothMessages(int status) throws Exception {
        parse(ErrorAnswers.json(ErrorAnswers.answer(status, null, null)));
    }

    @Test
    void namesTheWellKnownOnesAsTheErrorMapperDoes() throws Exception {
        assertThat(parse(ErrorAnswers.json(ErrorAnswers.answer(404, "Not Found", null))).path("code").asText()).isEqualTo("no_such_endpoint");
        assertThat(parse(ErrorAnswers.json(ErrorAnswers.answer(405, null, null))).path("code").asText()).isEqualTo("method_not_allowed");
        assertThat(parse(ErrorAnswers.json(ErrorAnswers.answer(414, "URI Too Long", null))).path("code").asText()).isEqualTo("uri_too_long");
        assertThat(parse(ErrorAnswers.json(ErrorAnswers.answer(431, "Request Header Fields Too Large", null))).path("code").asText())
                .isEqualTo("headers_too_large");
    }

    @Test
    void addsJettysReasonInEnglishWhenItSaysMoreAndNeverForServerErrors() throws Exception {
        JsonNode n = parse(ErrorAnswers.json(ErrorAnswers.answer(400, "Ambiguous URI path separator", null)));
        assertThat(n.path("messageEn").asText()).isEqualTo("Bad request (Ambiguous URI path separator)");
        JsonNode plain = parse(ErrorAnswers.json(ErrorAnswers.answer(400, "Bad Request", null)));
        assertThat(plain.path("messageEn").asText()).isEqualTo("Bad request");
        JsonNode internal = parse(ErrorAnswers.json(ErrorAnswers.answer(500, "java.lang.NullPointerException: secret", "abc123")));
        assertThat(internal.toString()).doesNotContain("secret").doesNotContain("NullPointer").contains("abc123");
    }

    @Test
    void quotesWhateverTheReasonHolds() throws Exception {
        JsonNode n = parse(ErrorAnswers.json(ErrorAnswers.answer(400, "Illegal \"character\" \\ \u0000\u001f\n\u2028 <x>", null)));
        assertThat(n.path("messageEn").asText()).contains("Illegal \"character\" \\ \u0000\u001f\n\u2028 <x>");
    }

    @Test
    void writesThePageForBrowsersEscaped() {
        String page = new String(ErrorAnswers.html(400, ErrorAnswers.answer(400, "<script>alert(1)</script>", null)), StandardCharsets.UTF_8);
        assertThat(page).contains("400 请求无效").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void givesJsonToTheApiAndToWhoeverAsksForIt() {
        assertThat(ErrorAnswers.wantsJson("/api/x", "text/html")).isTrue();
        assertThat(ErrorAnswers.wantsJson("/api", null)).isTrue();
        assertThat(ErrorAnswers.wantsJson("/x", "application/json")).isTrue();
        assertThat(ErrorAnswers.wantsJson("/x", "application/problem+json, */*")).isTrue();
        assertThat(ErrorAnswers.wantsJson("/x", "text/html,application/xhtml+xml")).isFalse();
        assertThat(ErrorAnswers.wantsJson("/apix", null)).isFalse();
        assertThat(ErrorAnswers.wantsJson(null, null)).isFalse();
    }

    @Test
    void answersTheParsersRefusalsInJson() throws Exception {
        HttpFields fields = new HttpFields();
        ByteBuffer body = new JsonErrorHandler().badMessageError(431, "Request Header Fields Too Large", fields);
        assertThat(fields.get(HttpHeader.CONTENT_TYPE)).isEqualTo("application/json;charset=UTF-8");
        byte[] bytes = new byte[body.remaining()];
        body.get(bytes);
        assertThat(parse(bytes).path("code").asText()).isEqualTo("headers_too_large");
        assertThat(new JsonErrorHandler().errorPageForMethod("TRACE")).isTrue();
    }
}
