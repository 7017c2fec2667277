package org.xuncha.platform.api.module;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.xuncha.platform.api.rest.ApiException;

/**
 * Another module's service, as a module holds it: through a dynamic, optional, greedy reference
 * (never a static mandatory one, which would restart the holder whenever the other module is
 * updated). The holder keeps the reference in its own DS component, which SCR sets and clears:
 * <pre>
 * &#64;Reference(cardinality = OPTIONAL, policy = DYNAMIC, policyOption = GREEDY)
 * volatile RoundDirectory directory;
 * private final OtherModule&lt;RoundDirectory&gt; rounds = OtherModule.of("round-planning", () -&gt; directory, ...);
 * </pre>
 * and asks through this class, which answers 503 {@code <module>_unavailable} (e.g.
 * {@code round_planning_unavailable}) with the holder's own words while the other module is absent,
 * and also when a call fails because the module went away during it. One class for every module,
 * so the rule and the error are the same everywhere.
 *
 * @param <S> the other module's service interface
 */
public final class OtherModule<S> {

    private final String moduleId;
    private final Supplier<S> current;
    private final String messageZh;
    private final String messageEn;

    private OtherModule(String moduleId, Supplier<S> current, String messageZh, String messageEn) {
        this.moduleId = Objects.requireNonNull(moduleId);
        this.current = Objects.requireNonNull(current);
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /**
     * @param moduleId  the other module's id, e.g. {@code round-planning}: the error code is {@code round_planning_unavailable}
     * @param current   reads the holder's volatile reference field (null while absent)
     * @param messageZh what cannot be done meanwhile, in Chinese (the 503's message)
     * @param messageEn the same in English
     */
    public static <S> OtherModule<S> of(String moduleId, Supplier<S> current, String messageZh, String messageEn) {
        return new OtherModule<>(moduleId, current, messageZh, messageEn);
    }

    /** The code of the 503: {@code <module id with _>_unavailable}. */
    public String code() {
        return moduleId.replace('-', '_') + "_unavailable";
    }

    public String moduleId() {
        return moduleId;
    }

    /** Whether the other module's service is there now. */
    public boolean present() {
        return current.get() != null;
    }

    /** 503 {@link #code()} with the holder's words. */
    public ApiException unavailable() {
        return new ApiException(503, code(), messageZh, messageEn);
    }

    /**
     * Asks the other module. 503 while it is absent; a call that fails with anything but an
     * {@link ApiException} because the module went away meanwhile is a 503 too (an
     * {@link ApiException} is the other module's own answer and passes as it is).
     */
    public <R> R ask(Function<S, R> question) {
        S s = current.get();
        if (s == null) {
            throw unavailable();
        }
        try {
            return question.apply(s);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            if (current.get() != s) {
                throw unavailable();
            }
            throw e;
        }
    }

    /** 503 unless the other module is there: for work that will need it further on. */
    public void requireAvailable() {
        ask(s -> s);
    }
}
