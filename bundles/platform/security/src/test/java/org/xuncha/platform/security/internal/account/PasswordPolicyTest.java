package org.xuncha.platform.security.internal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.FieldError;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(10, 3);

    private List<String> codes(String username, String password) {
        return policy.check(username, password).stream().map(FieldError::code).toList();
    }

    @Test
    void aLongMixedPasswordPasses() {
        assertThat(policy.check("zhangsan", "Xuncha-2026!")).isEmpty();
        assertThat(policy.check("zhangsan", "巡察工作Secure2026")).as("Chinese letters count as letters").isEmpty();
    }

    @Test
    void tooShort() {
        assertThat(codes("zhangsan", "Ab1-")).containsExactly("too_short");
        assertThat(codes("zhangsan", null)).containsExactly("too_short");
        assertThat(codes("zhangsan", "Abcdefg1-")).containsExactly("too_short");
        assertThat(codes("zhangsan", "Abcdefgh1-")).isEmpty();
    }

    @Test
    void tooLong() {
        assertThat(codes("zhangsan", "Ab1-" + "x".repeat(125))).containsExactly("too_long");
    }

    @Test
    void tooFewCharacterClasses() {
        assertThat(codes("zhangsan", "abcdefghijkl")).containsExactly("too_simple");
        assertThat(codes("zhangsan", "abcdefghij12")).containsExactly("too_simple");
        assertThat(codes("zhangsan", "abcdefghij1!")).isEmpty();
        assertThat(new PasswordPolicy(10, 4).check("zhangsan", "abcdefghij1!")).extracting(FieldError::code).containsExactly("too_simple");
    }

    @Test
    void mustNotContainTheUsername() {
        assertThat(codes("zhangsan", "ZhangSan-2026")).containsExactly("contains_username");
        assertThat(codes(null, "ZhangSan-2026")).isEmpty();
    }

    @Test
    void everyErrorNamesTheFieldInChineseAndEnglish() {
        List<FieldError> errors = policy.check("zhangsan", "zhangsan12345");
        assertThat(errors).extracting(FieldError::code).containsExactly("too_simple", "contains_username");
        for (FieldError e : errors) {
            assertThat(e.field()).isEqualTo("newPassword");
            assertThat(e.message()).containsPattern("\\p{IsHan}");
            assertThat(e.messageEn()).containsPattern("[a-z]+ [a-z]+");
        }
        assertThat(errors.get(0).message()).contains("3");
    }
}
