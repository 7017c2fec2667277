package org.xuncha.leadtransfer.internal.rest;

import org.xuncha.platform.api.rest.ApiException;

/** Request bodies the services take: a write without one is a 400, never a NullPointerException. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
        }
        return body;
    }
}
