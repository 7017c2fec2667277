package org.xuncha.demo.internal.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One seed file: its rows as column → value maps (every column of the header present, empty
 * cells as ""). Row numbers in messages are the file's line numbers (the header is line 1).
 */
public record Table(String file, List<String> header, List<Map<String, String>> rows) {

    public int size() {
        return rows.size();
    }

    public static int line(int index) {
        return index + 2;
    }

    public static boolean bool(Map<String, String> row, String column) {
        return "true".equals(row.get(column));
    }

    public static long number(Map<String, String> row, String column) {
        return Long.parseLong(row.get(column));
    }

    public static LocalDate date(Map<String, String> row, String column) {
        return LocalDate.parse(row.get(column));
    }

    /** The cell, or null when empty. */
    public static String opt(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null || v.isBlank() ? null : v;
    }
}
