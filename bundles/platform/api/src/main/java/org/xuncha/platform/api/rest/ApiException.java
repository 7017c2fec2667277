package org.xuncha.platform.api.rest;

import java.util.List;

/**
 * A refusal that reaches the client as an HTTP status and an {@link ErrorBody}. Services throw it
 * for every expected failure (bad input, unknown id, missing permission, conflicting state), so
 * REST, console and any other interface report the same thing.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final List<FieldError> fields;

    public ApiException(int status, String code, String messageZh, String messageEn, List<FieldError> fields) {
        super(messageEn);
        this.status = status;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public ApiException(int status, String code, String messageZh, String messageEn) {
        this(status, code, messageZh, messageEn, List.of());
    }

    public static ApiException badRequest(String code, String messageZh, String messageEn) {
        return new ApiException(400, code, messageZh, messageEn);
    }

    public static ApiException validation(List<FieldError> fields) {
        return new ApiException(400, "validation", "输入有误，请检查标出的字段", "Invalid input: check the fields listed", fields);
    }

    public static ApiException unauthenticated() {
        return new ApiException(401, "unauthenticated", "请先登录", "Please sign in");
    }

    public static ApiException forbidden(String permission) {
        return new ApiException(403, "forbidden", "无权执行此操作（需要权限 " + permission + "）",
                "You are not allowed to do this (permission " + permission + " needed)");
    }

    public static ApiException outOfScope() {
        return new ApiException(403, "out_of_scope", "该数据不在您的数据范围内", "This record is outside your data scope");
    }

    /** Unknown id. {@code whatZh}/{@code whatEn} name the kind of record, e.g. 单位 / unit. */
    public static ApiException notFound(String whatZh, String whatEn, Object id) {
        return new ApiException(404, "not_found", whatZh + "不存在：" + id, whatEn + " not found: " + id);
    }

    public static ApiException conflict(String code, String messageZh, String messageEn) {
        return new ApiException(409, code, messageZh, messageEn);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    public List<FieldError> fields() {
        return fields;
    }

    public ErrorBody body() {
        return new ErrorBody(code, messageZh, messageEn, fields);
    }
}
