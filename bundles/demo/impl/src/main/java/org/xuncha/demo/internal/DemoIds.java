package org.xuncha.demo.internal;

import java.util.Map;

/** The ids the modules gave to the data set's records, by kind ({@code unit}, {@code person}...) and seed key. */
public interface DemoIds {

    /** @throws IllegalStateException if the record was never loaded */
    long id(String kind, String seedKey);

    /** Remembers the ids of a kind of record, in one transaction. */
    void remember(String kind, Map<String, Long> ids);
}
