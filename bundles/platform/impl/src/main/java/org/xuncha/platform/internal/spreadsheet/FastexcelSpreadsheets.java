package org.xuncha.platform.internal.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.osgi.service.component.annotations.Component;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/** xlsx through fastexcel (Apache 2.0), embedded in this bundle as private packages. */
@Component(service = SpreadsheetService.class)
public class FastexcelSpreadsheets implements SpreadsheetService {

    /** Number formats that show a date: they mention day, month or year outside quotes. */
    private static final Pattern DATE_FORMAT = Pattern.compile("(?i)^[^\"]*[dmy].*$|.*[年月日].*");

    @Override
    public List<List<String>> readFirstSheet(InputStream xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        byte[] bytes = WorkbookLimits.read(xlsx);
        try {
            WorkbookLimits.checkUnpacked(bytes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException) {
                throw e;
            }
            throw new IOException("not a readable xlsx workbook: " + e.getMessage(), e);
        }
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false));
             Stream<Row> stream = wb.getFirstSheet().openStream()) {
            stream.forEach(row -> {
                WorkbookLimits.checkRow(row.getRowNum(), row.getCellCount());
                // Rows may be sparse: keep Excel's row numbers by padding skipped rows.
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            });
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IOException("not a readable xlsx workbook: " + e.getMessage(), e);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String format = cell.getDataFormatString();
            if (format != null && DATE_FORMAT.matcher(format).matches() && !"General".equalsIgnoreCase(format)) {
                LocalDateTime dt = cell.asDate();
                return dt.toLocalTime().toSecondOfDay() == 0 ? dt.toLocalDate().toString() : dt.toString();
            }
            BigDecimal n = cell.asNumber();
            return n.stripTrailingZeros().scale() <= 0 ? n.toBigInteger().toString() : n.stripTrailingZeros().toPlainString();
        }
        if (cell.getType() == CellType.FORMULA) {
            return cell.getRawValue() == null ? "" : cell.getRawValue().trim();
        }
        String t = cell.getText();
        return t == null ? "" : t.trim();
    }

    @Override
    public byte[] write(List<Sheet> sheets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "xuncha", "1.0");
            for (Sheet sheet : sheets) {
                Worksheet ws = wb.newWorksheet(sheet.name());
                int r = 0;
                if (sheet.title() != null) {
                    ws.value(r, 0, sheet.title());
                    ws.style(r, 0).bold().fontSize(14).set();
                    if (sheet.header().size() > 1) {
                        ws.range(r, 0, r, sheet.header().size() - 1).merge();
                    }
                    r++;
                }
                for (int c = 0; c < sheet.header().size(); c++) {
                    ws.value(r, c, sheet.header().get(c));
                    ws.style(r, c).bold().fillColor("DDEBF7").set();
                    ws.width(c, Math.max(10, Math.min(50, sheet.header().get(c).length() * 2.5 + 4)));
                }
                ws.freezePane(0, r + 1);
                r++;
                for (List<Object> row : sheet.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        put(ws, r, c, row.get(c));
                    }
                    r++;
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(Worksheet ws, int r, int c, Object v) {
        if (v == null) {
            return;
        }
        if (v instanceof Number n) {
            ws.value(r, c, n);
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b ? "是" : "否");
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof LocalDateTime d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd hh:mm").set();
        } else {
            ws.value(r, c, v.toString());
        }
    }
}
