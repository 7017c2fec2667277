package org.xuncha.platform.api.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. Every list endpoint answers with this shape.
 *
 * @param items the records on this page
 * @param total how many records match in all
 * @param page  1-based page number
 * @param size  page size asked for
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> f) {
        return new Page<>(items.stream().<R>map(f).toList(), total, page, size);
    }
}
