package org.xuncha.platform.internal.rest;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * What a global filter knows about the resource method CXF matched, worked out once per method.
 *
 * <p>Why not a {@code DynamicFeature} registering a filter per method: CXF gives each such filter a
 * name binding of its own and, on every request, walks all of a server's bound filters to find the
 * matched method's (its {@code getBoundFilters}), so the cost grew with the number of endpoints. Why
 * not {@code @Context ResourceInfo}: the platform's extensions are single instances shared by every
 * module's server, and CXF injects a thread-local proxy per server into the one field, so only the
 * last server built would see its value. CXF's current message carries the match on every server.
 *
 * @param <T> what is worked out for a method
 */
final class MatchedMethod<T> {

    private final BiFunction<Class<?>, Method, T> compute;
    /**
     * Per resource class, so the values go when a module's classes do (a map keyed by Method held
     * here would keep every uninstalled module's class loader alive).
     */
    private final ClassValue<Map<Method, T>> perClass = new ClassValue<>() {
        @Override
        protected Map<Method, T> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    /** For a request no method was matched for (not expected after matching): worked out once too. */
    private final T unmatched;

    /** @param compute what to know about a method of a resource class; called with (null, null) for "no match" */
    MatchedMethod(BiFunction<Class<?>, Method, T> compute) {
        this.compute = compute;
        this.unmatched = compute.apply(null, null);
    }

    /** The value for the method the current request was matched to. */
    T current() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        OperationResourceInfo ori = message == null ? null : message.getExchange().get(OperationResourceInfo.class);
        if (ori == null) {
            return unmatched;
        }
        return of(ori.getClassResourceInfo().getServiceClass(), ori.getMethodToInvoke());
    }

    /** The value for a method of a resource class, as {@code DynamicFeature}s were given them (ResourceInfo). */
    T of(Class<?> type, Method method) {
        if (type == null || method == null) {
            return unmatched;
        }
        return perClass.get(type).computeIfAbsent(method, m -> compute.apply(type, m));
    }
}
