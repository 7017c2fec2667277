package org.xuncha.roundplanning.internal.console;

import java.util.Arrays;
import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.roundplanning.api.Stage;

/** Stage names as typed at the console: FIELDWORK, fieldwork or 了解. */
final class Stages {

    private Stages() {
    }

    static Stage parse(String text) {
        String t = text.trim();
        for (Stage s : Stage.values()) {
            if (s.name().equalsIgnoreCase(t) || s.nameZh().equals(t) || s.nameEn().equalsIgnoreCase(t)) {
                return s;
            }
        }
        String choices = String.join(", ", Arrays.stream(Stage.values()).map(s -> s.name() + "(" + s.nameZh() + ")").toList());
        throw ApiException.validation(List.of(new FieldError("stage", "invalid", "阶段无效，可选：" + choices, "unknown stage; one of: " + choices)));
    }
}
