package org.xuncha.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void passesValidInput() {
        Checks c = new Checks().required("name", "聊城市审计局", "名称", "name").maxLength("name", "聊城市审计局", 10, "名称", "name")
                .pattern("code", "LC-01", Pattern.compile("[A-Z0-9-]+"), "编码", "code")
                .notAfter("end", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "结束日期", "end date");
        assertThat(c.valid()).isTrue();
        c.throwIfInvalid();
    }

    @Test
    void collectsEveryProblemWithChineseAndEnglishMessages() {
        Checks c = new Checks()
                .required("name", "  ", "名称", "name")
                .required("targets", List.of(), "巡察对象", "targets")
                .maxLength("note", "x".repeat(11), 10, "备注", "note")
                .oneOf("type", "ANNUAL", List.of("REGULAR", "SPECIAL"), "类型", "type")
                .range("days", 100, 1, 60, "天数", "days")
                .notAfter("end", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1), "结束日期", "end date");
        assertThat(c.errors()).extracting(FieldError::field).containsExactly("name", "targets", "note", "type", "days", "end");
        assertThat(c.errors().get(0).message()).isEqualTo("名称不能为空");
        assertThat(c.errors().get(0).messageEn()).isEqualTo("name is required");
        assertThatThrownBy(c::throwIfInvalid).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("validation");
            assertThat(e.body().fields()).hasSize(6);
        });
    }
}
