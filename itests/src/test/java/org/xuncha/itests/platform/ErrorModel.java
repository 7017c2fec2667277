package org.xuncha.itests.platform;

import java.io.IOException;
import java.util.List;

import org.xuncha.itests.support.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** What an answer of 400 or more must be: the platform's error model. */
final class ErrorModel {

    private ErrorModel() {
    }

    /** Null if the answer is a well-formed error body, else what is wrong with it. */
    static String problem(int status, String contentType, byte[] body) {
        if (status < 400) {
            return null;
        }
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            return "Content-Type " + contentType;
        }
        JsonNode n;
        try {
            n = Api.JSON.readTree(body);
        } catch (IOException e) {
            return "not JSON";
        }
        if (n == null || !n.isObject()) {
            return "not a JSON object";
        }
        if (n.path("code").asText("").isBlank() || n.path("message").asText("").isBlank() || n.path("messageEn").asText("").isBlank()) {
            return "no code, message or messageEn";
        }
        if (!n.path("message").asText().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return "message not in Chinese";
        }
        if (!n.path("fields").isMissingNode() && !n.path("fields").isArray()) {
            return "fields not a list";
        }
        for (JsonNode f : n.path("fields")) {
            for (String k : List.of("field", "code", "message", "messageEn")) {
                if (f.path(k).asText("").isBlank()) {
                    return "a field error without " + k;
                }
            }
        }
        return null;
    }

    static String code(byte[] body) {
        try {
            return Api.JSON.readTree(body).path("code").asText();
        } catch (IOException e) {
            return null;
        }
    }

    static String messageEn(byte[] body) {
        try {
            return Api.JSON.readTree(body).path("messageEn").asText();
        } catch (IOException e) {
            return "";
        }
    }
}
