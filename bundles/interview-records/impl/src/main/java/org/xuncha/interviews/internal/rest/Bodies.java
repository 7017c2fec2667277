package org.xuncha.interviews.internal.rest;

import java.util.List;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/** Request bodies are required where a resource takes one. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ApiException.validation(List.of(new FieldError("body", "required", "请求内容不能为空", "The request body is required")));
        }
        return body;
    }
}
