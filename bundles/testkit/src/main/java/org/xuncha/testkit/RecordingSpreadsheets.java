package org.xuncha.testkit;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The platform's spreadsheet service as a module's export tests need it: every sheet written is kept, in
 * order, to assert its headers and rows; the bytes answered are a marker ({@code rows:N}, the first
 * sheet's row count), not a workbook. Reading is not supported (import tests use the platform's own
 * implementation).
 */
public final class RecordingSpreadsheets implements SpreadsheetService {

    /** Every sheet written, in order. */
    public final List<Sheet> written = new CopyOnWriteArrayList<>();

    @Override
    public List<List<String>> readFirstSheet(InputStream xlsx) {
        throw new UnsupportedOperationException("RecordingSpreadsheets only records what is written");
    }

    @Override
    public byte[] write(List<Sheet> sheets) {
        written.addAll(sheets);
        return ("rows:" + sheets.get(0).rows().size()).getBytes(StandardCharsets.UTF_8);
    }

    /** Every sheet written so far, oldest first. */
    public List<Sheet> written() {
        return List.copyOf(written);
    }

    /** The sheet written last. */
    public Sheet last() {
        if (written.isEmpty()) {
            throw new AssertionError("no sheet written");
        }
        return written.get(written.size() - 1);
    }
}
