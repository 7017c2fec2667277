package org.xuncha.platform.internal.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * What a resource method reads, for the endpoint listing: its annotated parameters and its body
 * (the one parameter JAX-RS fills from the entity), with the body's fields as the platform's JSON
 * mapper sees them.
 */
final class EndpointParameters {

    private EndpointParameters() {
    }

    static List<EndpointRegistry.Parameter> of(Method m) {
        List<EndpointRegistry.Parameter> result = new ArrayList<>();
        Class<?>[] types = m.getParameterTypes();
        Annotation[][] annotations = m.getParameterAnnotations();
        for (int i = 0; i < types.length; i++) {
            for (Annotation a : annotations[i]) {
                String[] source = source(a);
                if (source != null) {
                    result.add(parameter(source[1], source[0], types[i]));
                }
            }
        }
        return result;
    }

    /** The body, or null when the method reads none. */
    static EndpointRegistry.Body body(Method m) {
        Annotation[][] annotations = m.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean entity = Arrays.stream(annotations[i]).noneMatch(a -> source(a) != null
                    || a instanceof Context || a instanceof BeanParam);
            if (entity) {
                JavaType type = JsonProvider.MAPPER.getTypeFactory().constructType(m.getGenericParameterTypes()[i]);
                return new EndpointRegistry.Body(type.getRawClass().getSimpleName(), fields(type));
            }
        }
        return null;
    }

    private static List<EndpointRegistry.Parameter> fields(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (raw.isPrimitive() || raw.isArray() || raw.isEnum() || raw.getName().startsWith("java.") || type.isContainerType()) {
            return List.of();
        }
        BeanDescription description = JsonProvider.MAPPER.getDeserializationConfig().introspect(type);
        List<EndpointRegistry.Parameter> fields = new ArrayList<>();
        for (BeanPropertyDefinition p : description.findProperties()) {
            if (p.couldDeserialize()) {
                fields.add(parameter(p.getName(), "body", p.getRawPrimaryType()));
            }
        }
        return fields;
    }

    private static EndpointRegistry.Parameter parameter(String name, String in, Class<?> type) {
        List<String> values = type.isEnum() ? Arrays.stream(type.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList() : null;
        return new EndpointRegistry.Parameter(name, in, type.getSimpleName(), values);
    }

    /** {where, name} of a parameter annotation, or null for any other annotation. */
    private static String[] source(Annotation a) {
        if (a instanceof QueryParam q) {
            return new String[] {"query", q.value()};
        } else if (a instanceof PathParam p) {
            return new String[] {"path", p.value()};
        } else if (a instanceof HeaderParam h) {
            return new String[] {"header", h.value()};
        } else if (a instanceof CookieParam c) {
            return new String[] {"cookie", c.value()};
        } else if (a instanceof FormParam f) {
            return new String[] {"form", f.value()};
        } else if (a instanceof MatrixParam x) {
            return new String[] {"matrix", x.value()};
        }
        return null;
    }
}
