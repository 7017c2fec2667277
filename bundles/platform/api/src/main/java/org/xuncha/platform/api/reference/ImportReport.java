package org.xuncha.platform.api.reference;

import java.util.List;

import org.xuncha.platform.api.rest.FieldError;

/**
 * The result of importing a spreadsheet. An import with any row error imports nothing.
 *
 * @param rows     data rows read
 * @param created  records created
 * @param updated  records updated (matched by code for units, by name and unit for persons)
 * @param errors   the problems, row by row; empty if the import went through
 */
public record ImportReport(int rows, int created, int updated, List<RowError> errors) {

    public ImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Problems with one spreadsheet row (1-based, as Excel numbers them). */
    public record RowError(int row, List<FieldError> fields) {
    }
}
