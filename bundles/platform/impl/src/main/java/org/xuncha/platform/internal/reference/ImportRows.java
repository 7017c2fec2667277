package org.xuncha.platform.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * Rows of an import sheet as the user sees them in Excel: cells by column name, rows numbered as
 * Excel numbers them, every problem reported at its row and column. Pure: no database.
 */
final class ImportRows {

    /** 状态 values meaning "in use"; anything else listed in {@link #STATUSES} means inactive. */
    static final Set<String> ACTIVE = Set.of("", "在用", "在职", "active");
    static final List<String> STATUSES = List.of("在用", "在职", "撤销", "停用", "离职", "active", "inactive");

    private final List<String> header;
    private final Map<Integer, List<FieldError>> errors = new LinkedHashMap<>();

    private ImportRows(List<String> header) {
        this.header = header;
    }

    /**
     * Reads the first sheet; a file that is no xlsx workbook is a 400, whatever the reader tripped
     * over, and a header without the template's first two columns is one too.
     */
    static List<List<String>> read(SpreadsheetService spreadsheets, InputStream xlsx) {
        try {
            return spreadsheets.readFirstSheet(xlsx);
        } catch (ApiException e) {
            throw e; // over a limit: said as such
        } catch (IOException | RuntimeException e) {
            throw ApiException.badRequest("not_xlsx", "无法读取上传的文件，请上传Excel（.xlsx）文件",
                    "The upload could not be read; send an Excel (.xlsx) file");
        }
    }

    /** Checks the header row against the template's columns and starts collecting row errors. */
    static ImportRows of(List<List<String>> rows, List<String> columns) {
        if (rows.isEmpty() || !rows.get(0).containsAll(columns.subList(0, 2))) {
            throw ApiException.badRequest("bad_template", "表头不符合导入模板，应为：" + String.join("、", columns),
                    "The header row does not match the import template: " + String.join(", ", columns));
        }
        return new ImportRows(rows.get(0));
    }

    /** The trimmed cell of {@code column} in {@code row}; empty if the sheet has no such column or cell. */
    String cell(List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= row.size() || row.get(i) == null ? "" : row.get(i).trim();
    }

    static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Adds an error at Excel row {@code excelRow} (1-based, the header being row 1). */
    void add(int excelRow, FieldError error) {
        errors.computeIfAbsent(excelRow, r -> new ArrayList<>()).add(error);
    }

    void add(int excelRow, String column, String code, String zh, String en) {
        add(excelRow, new FieldError(column, code, zh, en));
    }

    /** Adds field errors of a record, each moved to the column its field is imported from. */
    void addAll(int excelRow, Collection<FieldError> fieldErrors, Map<String, String> columnOfField) {
        for (FieldError f : fieldErrors) {
            add(excelRow, new FieldError(columnOfField.getOrDefault(f.field(), f.field()), f.code(), f.message(), f.messageEn()));
        }
    }

    /** Checks the 状态 cell: empty or one of {@link #STATUSES} (the English ones in any case). */
    void checkStatus(int excelRow, String status) {
        if (!status.isEmpty() && !STATUSES.contains(normal(status))) {
            add(excelRow, "状态", "invalid", "状态应为：" + String.join("、", STATUSES), "status must be one of: " + String.join(", ", STATUSES));
        }
    }

    static boolean activeOf(String status) {
        return ACTIVE.contains(normal(status));
    }

    private static String normal(String status) {
        return status.equalsIgnoreCase("active") || status.equalsIgnoreCase("inactive") ? status.toLowerCase(java.util.Locale.ROOT) : status;
    }

    /** 是/否 (or yes/no, true/false in any case) as a boolean; null for anything else. */
    static Boolean yesNo(String cell) {
        String c = cell.trim().toLowerCase(java.util.Locale.ROOT);
        return switch (c) {
            case "是", "yes", "true" -> Boolean.TRUE;
            case "否", "no", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** The errors found, one entry per row, in row order. */
    List<ImportReport.RowError> errors() {
        return errors.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new ImportReport.RowError(e.getKey(), e.getValue())).toList();
    }
}
