package org.xuncha.personnelpools.internal;

import java.util.Map;
import java.util.function.Supplier;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;

/**
 * The platform's shared check of the ids a write refers to ({@code ReferenceDataService.referencedUnits /
 * referencedPersons}), with its 400s (unknown ids, each on its field) reported together with the
 * input's other errors, as this module's forms show them; an id outside the caller's divisions stays
 * a 403 {@code out_of_scope} at once.
 */
public final class ReferencedIds {

    private ReferencedIds() {
    }

    /** The records by field, or, when some are unknown, those errors added to {@code checks} and an empty map. */
    public static <T> Map<String, T> into(Checks checks, Supplier<Map<String, T>> check) {
        try {
            return check.get();
        } catch (ApiException e) {
            if (e.status() != 400 || e.fields().isEmpty()) {
                throw e;
            }
            e.fields().forEach(f -> checks.add(f.field(), f.code(), f.message(), f.messageEn()));
            return Map.of();
        }
    }
}
