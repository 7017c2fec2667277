package org.xuncha.leadtransfer.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.core.Response;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/** Query parameters parsed with errors that name the parameter (JAX-RS would answer 404), uploads and downloads. */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            throw invalid(name, "取值无效，可选：" + allowed, "not one of: " + allowed);
        }
    }

    private static ApiException invalid(String name, String zh, String en) {
        return ApiException.validation(List.of(new FieldError(name, "invalid", name + "：" + zh, name + ": " + en)));
    }

    static byte[] upload(InputStream body, int max) {
        try {
            byte[] bytes = body.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new ApiException(413, "too_large", "文件不能超过" + max / 1024 / 1024 + "MB", "The file must not exceed " + max / 1024 / 1024 + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("upload_failed", "文件上传中断", "The upload was interrupted");
        }
    }

    static Response download(byte[] bytes, String contentType, String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^\\x20-\\x7e]|\"", "_")
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
