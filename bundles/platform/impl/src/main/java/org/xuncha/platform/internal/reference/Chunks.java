package org.xuncha.platform.internal.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits a long {@code in (...)} list: databases limit the parameters of one statement. */
final class Chunks {

    static final int SIZE = 500;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        for (T t : all) {
            current.add(t);
            if (current.size() == SIZE) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
