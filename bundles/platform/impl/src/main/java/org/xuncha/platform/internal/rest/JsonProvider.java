package org.xuncha.platform.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * JSON for the /api application. Unknown properties and wrong types are refused with a 400 that
 * names the field, rather than silently dropped, so a client never believes it saved what it did
 * not.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, property = Extensions.KEY + "=" + Extensions.JSON)
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    static final ObjectMapper MAPPER = StrictJson.mapper();

    private static boolean json(MediaType mediaType) {
        return mediaType == null || mediaType.isWildcardSubtype() && mediaType.isWildcardType()
                || "json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json");
    }

    private static boolean handled(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !javax.ws.rs.core.StreamingOutput.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(mediaType) && handled(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        JavaType javaType = MAPPER.getTypeFactory().constructType(genericType != null ? genericType : type);
        String charset = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new ApiException(415, "unsupported_charset", "请求内容须为UTF-8编码的JSON", "Send the JSON encoded as UTF-8");
        }
        String body = Utf8.decode(entity);
        if (body.isBlank()) {
            throw emptyBody();
        }
        // Trailing content is checked here rather than by the mapper, which would report it as a
        // wrong value at the root instead of as text that is not JSON.
        try (JsonParser parser = MAPPER.createParser(body)) {
            Object value = MAPPER.readerFor(javaType).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
            if (parser.nextToken() != null) {
                throw malformed();
            }
            if (value == null) {
                throw emptyBody();
            }
            return value;
        } catch (StrictJson.TextRefused e) {
            String field = path(e);
            throw ApiException.validation(List.of(new FieldError(field, e.code, "字段“" + field + "”" + e.zh, "Field '" + field + "' " + e.en)));
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.validation(List.of(new FieldError(path(e), "unknown_field",
                    "不认识的字段：" + e.getPropertyName(), "Unknown field: " + e.getPropertyName())));
        } catch (MismatchedInputException e) {
            throw wrongValue(path(e));
        } catch (JsonMappingException e) {
            // a value the parser could not hand over as its field's type, e.g. a number out of range
            if (e.getPath().isEmpty()) {
                throw malformed();
            }
            throw wrongValue(path(e));
        } catch (JsonProcessingException e) {
            // a refusal raised while the body was being read (e.g. 413 from the size limit) is not a JSON error
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof ApiException refusal) {
                    throw refusal;
                }
            }
            throw malformed();
        }
    }

    private static ApiException wrongValue(String field) {
        return ApiException.validation(List.of(new FieldError(field, "invalid",
                "字段“" + field + "”的值类型、格式或范围不正确", "Field '" + field + "' has a wrong type, format or range")));
    }

    private static ApiException malformed() {
        return ApiException.badRequest("malformed_json", "请求内容不是有效的JSON", "The request body is not valid JSON");
    }

    private static ApiException emptyBody() {
        return ApiException.badRequest("empty_body", "请求内容为空", "The request body is empty");
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(mediaType) && handled(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", Rest.JSON);
        MAPPER.writeValue(out, value);
    }
}
