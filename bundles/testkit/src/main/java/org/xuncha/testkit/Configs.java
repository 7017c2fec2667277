package org.xuncha.testkit;

import java.lang.reflect.Proxy;
import java.util.Map;

/** Instances of a component's configuration annotation, as Declarative Services would pass them. */
public final class Configs {

    private Configs() {
    }

    /** Every attribute at its default, except those given (by method name). */
    public static <A> A of(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            return switch (method.getName()) {
                case "annotationType" -> type;
                case "toString" -> type.getSimpleName() + values;
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> method.getDefaultValue();
            };
        }));
    }

    public static <A> A defaults(Class<A> type) {
        return of(type, Map.of());
    }
}
