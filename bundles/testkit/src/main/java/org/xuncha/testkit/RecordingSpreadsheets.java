package org.xuncha.testkit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/** The platform's spreadsheet writer for a module's tests: keeps the sheets an export wrote; the workbook is their row count. */
public final class RecordingSpreadsheets implements SpreadsheetService {

    /** Every sheet written, in order. */
    public final List<Sheet> written = new ArrayList<>();

    @Override
    public List<List<String>> readFirstSheet(InputStream xlsx) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] write(List<Sheet> sheets) {
        written.addAll(sheets);
        return ("rows:" + sheets.get(0).rows().size()).getBytes(StandardCharsets.UTF_8);
    }
}
