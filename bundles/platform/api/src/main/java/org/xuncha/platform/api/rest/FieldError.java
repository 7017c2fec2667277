package org.xuncha.platform.api.rest;

/**
 * A problem with one input field.
 *
 * @param field     the field's name as sent by the client (JSON property, query parameter or
 *                  spreadsheet column)
 * @param code      machine-readable reason: {@code required}, {@code too_long}, {@code invalid},
 *                  {@code out_of_range}, {@code not_found}, {@code duplicate}, ...
 * @param message   Chinese message
 * @param messageEn English message
 */
public record FieldError(String field, String code, String message, String messageEn) {
}
