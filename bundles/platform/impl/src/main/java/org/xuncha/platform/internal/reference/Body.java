package org.xuncha.platform.internal.reference;

import org.xuncha.platform.api.rest.ApiException;

/** A request body a write cannot do without: absent, it is a 400, not a null pointer deep inside. */
final class Body {

    private Body() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
        }
        return body;
    }
}
