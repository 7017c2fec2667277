package org.xuncha.platform.api.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    /**
     * Every record of a list in the list's own (default) order, page after page: what an export files when
     * it takes the whole list the page shows, not just the page on screen.
     *
     * @param list answers one page of the list, in the caller's scope as the page's own request
     * @see #all(String, Set, String, Function)
     * @since 2.1
     */
    public static <T> List<T> all(Function<PageRequest, Page<T>> list) {
        return all(PageRequest.MAX_SIZE, List.of(), list);
    }

    /**
     * Every record of a list in the order the page's {@code sort} asks for (checked as {@link PageRequest#of}
     * checks it: a field outside {@code sortable} is a 400 before anything is read), page after page of
     * {@value PageRequest#MAX_SIZE}.
     *
     * @since 2.1
     */
    public static <T> List<T> all(String sort, Set<String> sortable, String defaultSort, Function<PageRequest, Page<T>> list) {
        return all(PageRequest.MAX_SIZE, PageRequest.of(1, PageRequest.MAX_SIZE, sort, sortable, defaultSort).orders(), list);
    }

    /**
     * Reads from page 1 on and stops at the first page that is not full or once {@code total} records are read,
     * and at the latest after page {@value PageRequest#MAX_PAGE} (the last page a request may name), so a list
     * that keeps growing while it is read cannot keep the reader going.
     */
    static <T> List<T> all(int size, List<PageRequest.Order> orders, Function<PageRequest, Page<T>> list) {
        List<T> result = new ArrayList<>();
        for (int page = 1; page <= PageRequest.MAX_PAGE; page++) {
            Page<T> p = list.apply(new PageRequest(page, size, orders));
            result.addAll(p.items());
            if (p.items().size() < size || result.size() >= p.total()) {
                break;
            }
        }
        return result;
    }
}
