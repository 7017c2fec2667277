package org.xuncha.platform.api.rest;

import java.util.List;

/**
 * The one error body every endpoint answers with, whatever the module.
 *
 * @param code      stable machine-readable code, e.g. {@code validation}, {@code not_found}
 * @param message   Chinese message for the user
 * @param messageEn English message
 * @param fields    per-field problems, empty unless {@code code} is {@code validation}
 */
public record ErrorBody(String code, String message, String messageEn, List<FieldError> fields) {

    public ErrorBody {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
