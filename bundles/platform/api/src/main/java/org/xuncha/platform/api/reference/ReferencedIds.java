package org.xuncha.platform.api.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;

/**
 * The one check of ids a write refers to (issue 15, "every id a write refers to is checked against
 * the caller's scope"), behind {@link ReferenceDataService#referencedUnits},
 * {@link ReferenceDataService#referencedPersons} and {@link ReferenceDataService#referencedDivision}:
 * the records are looked up as the platform (a caller may refer to a unit of its divisions without
 * the permission to browse reference data), then every id unknown is a 400 {@code not_found} on its
 * field, and only then every id outside the caller's divisions a 403 {@code out_of_scope} naming its
 * field, in the platform's error shape, Chinese first.
 */
final class ReferencedIds {

    /** Who looks the records up: the platform, for the caller's check. */
    static final Caller LOOKUP = Caller.system("platform:referenced-ids");

    private ReferencedIds() {
    }

    /**
     * @param idsByField field name to id, in the order the errors are to name them; null ids are left out
     * @param lookup     finds the records of those ids, by id (unknown ids left out)
     */
    static <K, T> Map<String, T> check(Caller caller, Map<String, K> idsByField, Function<Collection<K>, Map<K, T>> lookup,
                                       Function<T, String> divisionOf, String whatZh, String whatEn) {
        Map<String, K> ids = new LinkedHashMap<>();
        idsByField.forEach((field, id) -> {
            if (id != null) {
                ids.put(field, id);
            }
        });
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<K, T> found = lookup.apply(List.copyOf(new java.util.LinkedHashSet<>(ids.values())));
        List<FieldError> unknown = new ArrayList<>();
        List<FieldError> outside = new ArrayList<>();
        Map<String, T> result = new LinkedHashMap<>();
        ids.forEach((field, id) -> {
            T record = found.get(id);
            if (record == null) {
                unknown.add(new FieldError(field, "not_found", whatZh + "不存在：" + id, whatEn + " not found: " + id));
            } else if (!caller.scope().coversDivision(divisionOf.apply(record))) {
                outside.add(new FieldError(field, "out_of_scope", "该" + whatZh + "不在您的管辖范围内",
                        "the " + whatEn + " is outside your divisions"));
            } else {
                result.put(field, record);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.validation(unknown);
        }
        if (!outside.isEmpty()) {
            throw outOfScope(outside);
        }
        return result;
    }

    static ApiException outOfScope(List<FieldError> fields) {
        return new ApiException(403, "out_of_scope", "超出您的数据范围：" + fields.get(0).message(),
                "Outside your data scope: " + fields.get(0).messageEn(), fields);
    }
}
