package org.xuncha.platform.security.internal.account;

import java.util.ArrayList;
import java.util.List;

import org.xuncha.platform.api.rest.FieldError;

/** Length and character classes; history and expiry are checked by the account service. */
public final class PasswordPolicy {

    private final int minLength;
    private final int minClasses;

    public PasswordPolicy(int minLength, int minClasses) {
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    public List<FieldError> check(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            errors.add(new FieldError("newPassword", "too_short", "密码至少" + minLength + "位", "The password needs at least " + minLength + " characters"));
            return errors;
        }
        if (password.length() > 128) {
            errors.add(new FieldError("newPassword", "too_long", "密码不能超过128位", "The password must be at most 128 characters"));
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < minClasses) {
            errors.add(new FieldError("newPassword", "too_simple", "密码须包含小写字母、大写字母、数字、符号中的至少" + minClasses + "类",
                    "The password must mix at least " + minClasses + " of: lower case, upper case, digits, symbols"));
        }
        if (username != null && !username.isBlank() && password.toLowerCase().contains(username.toLowerCase())) {
            errors.add(new FieldError("newPassword", "contains_username", "密码不能包含用户名", "The password must not contain the user name"));
        }
        return errors;
    }
}
