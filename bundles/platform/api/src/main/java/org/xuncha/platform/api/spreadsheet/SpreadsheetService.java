package org.xuncha.platform.api.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Reads and writes xlsx workbooks, so that modules never deal with an Excel library. */
@ProviderType
public interface SpreadsheetService {

    /**
     * Reads the first sheet as rows of cell text (numbers as shown, dates as ISO dates); the first
     * row is the header. Empty trailing rows are dropped.
     *
     * Reading is bounded whatever the file holds (size, unpacked size, rows, columns: a zip bomb is
     * refused before it is parsed).
     *
     * @throws IOException if the stream is not an xlsx workbook
     * @throws org.xuncha.platform.api.rest.ApiException 413 {@code workbook_too_large} over a limit
     */
    List<List<String>> readFirstSheet(InputStream xlsx) throws IOException;

    /** Writes the sheets into one workbook. */
    byte[] write(List<Sheet> sheets);

    /**
     * One sheet to write.
     *
     * @param name    sheet name
     * @param title   title row above the header (e.g. the ledger's name and date), may be null
     * @param header  column names
     * @param rows    cell values: String, Number, LocalDate, LocalDateTime, Boolean or null
     */
    record Sheet(String name, String title, List<String> header, List<List<Object>> rows) {
    }
}
