package org.xuncha.platform.api.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;

/**
 * One import template's sheet as read (an xlsx workbook's first sheet or a CSV file), with its
 * cells looked up by column name and every problem collected against its row, as Excel numbers
 * rows (the header is row 1) and its column, so that the whole file is checked before anything is
 * written. The modules' history imports read their templates with it.
 *
 * @since 1.2
 */
public final class ImportSheet {

    private final List<List<String>> rows;
    private final List<String> header;
    private final Map<Integer, List<FieldError>> errors = new TreeMap<>();

    private ImportSheet(List<List<String>> rows) {
        this.rows = rows;
        this.header = rows.get(0).stream().map(c -> c == null ? "" : c.trim()).toList();
    }

    /**
     * The rows of an xlsx workbook's first sheet or of a UTF-8 CSV file, told apart by the zip signature:
     * 400 {@code not_readable} for neither.
     */
    public static List<List<String>> rows(SpreadsheetService spreadsheets, byte[] file) {
        if (file.length > 1 && file[0] == 'P' && file[1] == 'K') {
            try {
                return spreadsheets.readFirstSheet(new ByteArrayInputStream(file));
            } catch (ApiException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw notReadable();
            }
        }
        try {
            return Csv.parse(new String(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw notReadable();
        }
    }

    private static ApiException notReadable() {
        return ApiException.badRequest("not_readable", "无法读取上传的文件，请上传Excel（.xlsx）或CSV（UTF-8）文件",
                "The upload could not be read; send an Excel (.xlsx) or CSV (UTF-8) file");
    }

    /**
     * The sheet, if its header row holds the {@code required} columns: 400 {@code bad_template}
     * naming the template's {@code columns} otherwise.
     */
    public static ImportSheet of(List<List<String>> rows, List<String> columns, List<String> required) {
        if (rows.isEmpty() || !rows.get(0).stream().map(c -> c == null ? "" : c.trim()).toList().containsAll(required)) {
            throw ApiException.badRequest("bad_template", "表头不符合导入模板，应为：" + String.join("、", columns),
                    "The header row does not match the template: " + String.join(", ", columns));
        }
        return new ImportSheet(rows);
    }

    /** Rows after the header, empty ones included. */
    public int size() {
        return rows.size() - 1;
    }

    /** Whether data row {@code i} (1 = the first after the header) has no text at all. */
    public boolean blank(int i) {
        return rows.get(i).stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Excel's number of data row {@code i}. */
    public static int excelRow(int i) {
        return i + 1;
    }

    /** The trimmed text of data row {@code i} under {@code column}; empty if the column or cell is missing. */
    public String cell(int i, String column) {
        List<String> row = rows.get(i);
        int c = header.indexOf(column);
        return c < 0 || c >= row.size() || row.get(c) == null ? "" : row.get(c).trim();
    }

    public void add(int excelRow, String column, String code, String zh, String en) {
        errors.computeIfAbsent(excelRow, k -> new ArrayList<>()).add(new FieldError(column, code, zh, en));
    }

    /**
     * A refusal of the rules the module applies to the same data entered by hand, named at a row: each
     * field error under the column {@code columns} maps its field to ({@code fallback} for others), or
     * the refusal itself under {@code fallback} when it names no field.
     */
    public void add(int excelRow, ApiException e, Map<String, String> columns, String fallback) {
        if (e.fields().isEmpty()) {
            add(excelRow, fallback, e.code(), e.messageZh(), e.messageEn());
            return;
        }
        for (FieldError f : e.fields()) {
            add(excelRow, columns.getOrDefault(f.field(), fallback), f.code(), f.message(), f.messageEn());
        }
    }

    public void required(int excelRow, String column, String text) {
        if (text.isEmpty()) {
            add(excelRow, column, "required", "请填写" + column, column + " is required");
        }
    }

    public void maxLength(int excelRow, String column, String text, int max) {
        if (text.length() > max) {
            add(excelRow, column, "too_long", column + "不能超过" + max + "字", column + " must not exceed " + max + " characters");
        }
    }

    /** A whole number from {@code min} to {@code max} (Excel's {@code 3.0} is 3); null if empty or wrong (wrong is reported). */
    public Integer whole(int excelRow, String column, String text, int min, int max, boolean needed) {
        if (text.isEmpty()) {
            if (needed) {
                required(excelRow, column, text);
            }
            return null;
        }
        try {
            int n = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(excelRow, column, "invalid", column + "应为" + min + "至" + max + "的整数：" + text,
                column + " must be a whole number from " + min + " to " + max + ": " + text);
        return null;
    }

    /** A day as 2023-04-06, 2023/4/6 or 2023.4.6, not after {@code today}; null if empty or wrong (wrong is reported). */
    public LocalDate pastDate(int excelRow, String column, String text, boolean needed, LocalDate today) {
        if (text.isEmpty()) {
            if (needed) {
                required(excelRow, column, text);
            }
            return null;
        }
        String[] parts = text.split("[-/.]");
        try {
            if (parts.length == 3) {
                LocalDate d = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2].split("[ T]")[0]));
                if (d.isAfter(today)) {
                    add(excelRow, column, "out_of_range", column + "不能晚于今天", column + " cannot be after today");
                }
                return d;
            }
        } catch (NumberFormatException | DateTimeException e) {
            // reported below
        }
        add(excelRow, column, "invalid", column + "应为日期，如2023-04-06：" + text, column + " must be a date such as 2023-04-06: " + text);
        return null;
    }

    /** 是/否 (or true/false, Y/N, 1/0); empty is {@code otherwise}. */
    public boolean yesNo(int excelRow, String column, String text, boolean otherwise) {
        if (text.isEmpty()) {
            return otherwise;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "是", "true", "y", "yes", "1":
                return true;
            case "否", "false", "n", "no", "0":
                return false;
            default:
                add(excelRow, column, "invalid", column + "应为“是”或“否”：" + text, column + " must be 是 (yes) or 否 (no): " + text);
                return otherwise;
        }
    }

    /** A constant by its Chinese name (as the template shows it) or by its name; null if empty or unknown (unknown is reported). */
    public <E extends Enum<E>> E choice(int excelRow, String column, String text, E[] values, Function<E, String> zh, boolean needed) {
        if (text.isEmpty()) {
            if (needed) {
                required(excelRow, column, text);
            }
            return null;
        }
        for (E e : values) {
            if (text.equals(zh.apply(e)) || text.toUpperCase(Locale.ROOT).equals(e.name())) {
                return e;
            }
        }
        List<String> names = Arrays.stream(values).map(zh).toList();
        add(excelRow, column, "invalid", column + "应为：" + String.join("、", names), column + " must be one of: " + String.join(", ", names));
        return null;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The problems found, by row. */
    public List<ImportReport.RowError> errors() {
        return errors.entrySet().stream().map(e -> new ImportReport.RowError(e.getKey(), e.getValue())).toList();
    }
}
