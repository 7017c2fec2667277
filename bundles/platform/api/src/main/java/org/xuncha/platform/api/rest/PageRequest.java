package org.xuncha.platform.api.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paging and sorting as every list endpoint accepts it: {@code ?page=1&size=20&sort=name,-createdAt}.
 * {@code page} is 1-based, at most {@value #MAX_PAGE}; {@code size} is 1..{@value #MAX_SIZE} (default {@value #DEFAULT_SIZE});
 * {@code sort} is a comma-separated list of fields, each ascending or, with a leading {@code -},
 * descending. Fields outside the endpoint's allowed set are a 400 error, never ignored.
 */
public record PageRequest(int page, int size, List<Order> orders) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;
    /** The last page anyone may ask for: keeps {@code (page - 1) * size} far inside an int. */
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        orders = orders == null ? List.of() : List.copyOf(orders);
    }

    /** One sort key. */
    public record Order(String field, boolean ascending) {
    }

    public int offset() {
        return (page - 1) * size;
    }

    /**
     * Parses and checks the query parameters.
     *
     * @param page        raw {@code page}, may be null
     * @param size        raw {@code size}, may be null
     * @param sort        raw {@code sort}, may be null
     * @param sortable    the fields this endpoint can sort by
     * @param defaultSort the sort used when none is given, e.g. {@code "-id"}
     */
    public static PageRequest of(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        Checks checks = new Checks()
                .range("page", page, 1, MAX_PAGE, "页码", "page")
                .range("size", size, 1, MAX_SIZE, "每页条数", "size");
        List<Order> orders = new ArrayList<>();
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        if (spec != null) {
            for (String part : spec.split(",")) {
                String p = part.strip(); // not trim(), which would also drop NUL and other control characters
                if (p.isEmpty()) {
                    continue;
                }
                boolean asc = !p.startsWith("-");
                String field = asc ? p.replaceFirst("^\\+", "") : p.substring(1);
                if (!sortable.contains(field)) {
                    checks.add("sort", "invalid", "不能按“" + field + "”排序，可选：" + String.join("、", sortable),
                            "cannot sort by '" + field + "'; sortable: " + String.join(", ", sortable));
                } else {
                    orders.add(new Order(field, asc));
                }
            }
        }
        checks.throwIfInvalid();
        return new PageRequest(page == null ? 1 : page, size == null ? DEFAULT_SIZE : size, orders);
    }

    public static PageRequest first(int size) {
        return new PageRequest(1, size, List.of());
    }
}
