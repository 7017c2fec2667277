package org.xuncha.platform.internal.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The platform's JSON mapper: strict, so that a client never believes it saved what it did not.
 * Refused with a 400 naming the field: unknown fields, duplicate keys, anything after the value,
 * numbers for enums, dates or text, text for numbers or booleans, fractions for whole numbers,
 * numbers out of their type's range, dates that do not exist ({@code 2026-02-30}) or written other
 * than as ISO text (not as numbers, not as arrays like {@code [2026,2,28]}), and text with control
 * characters or broken UTF-16 (see {@link TextRules}) or longer than {@value #MAX_TEXT} characters
 * (a backstop: each service checks its own limits, which match its columns).
 */
final class StrictJson {

    /** No text value in any request is longer, whatever the field. */
    static final int MAX_TEXT = 200_000;

    private StrictJson() {
    }

    static ObjectMapper mapper() {
        SimpleModule text = new SimpleModule("xuncha-text");
        text.addDeserializer(String.class, new CleanText());
        // keys of a map body follow the same rules as its values
        text.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                if (key.length() > MAX_TEXT || !TextRules.clean(key)) {
                    return ctxt.handleWeirdKey(String.class, key, "contains control or invalid characters, or is too long");
                }
                return key;
            }
        });
        text.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type.getPackageName().equals("java.time") ? new IsoTextOnly(deserializer) : deserializer;
            }
        });
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(text)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // numbers are not dates (20260230 would be read as an epoch day), and dates are ISO
                .defaultLeniency(false)
                .build();
        for (LogicalType numeric : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(numeric)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /** A text value refused for what it contains; the JSON provider reports its code at the field. */
    static final class TextRefused extends JsonMappingException {

        private static final long serialVersionUID = 1L;
        final String code;
        final String zh;
        final String en;

        TextRefused(JsonParser parser, String code, String zh, String en) {
            super(parser, en);
            this.code = code;
            this.zh = zh;
            this.en = en;
        }
    }

    /**
     * A {@code java.time} value only from text: the JSR-310 deserializers also take numbers (epoch
     * days or milliseconds) and arrays ({@code [2026,2,28]}), which no client of this API means.
     */
    private static final class IsoTextOnly extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        IsoTextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new IsoTextOnly(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    /** Text as the default deserializer reads it, then checked. */
    private static final class CleanText extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            if (s != null && s.length() > MAX_TEXT) {
                throw new TextRefused(p, "too_long", "内容过长（最多" + MAX_TEXT + "个字符）", "too long (at most " + MAX_TEXT + " characters)");
            }
            if (s != null && !TextRules.clean(s)) {
                throw new TextRefused(p, "invalid_text", "含有不允许的控制字符或无效字符", "contains control or invalid characters");
            }
            return s;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }
}
