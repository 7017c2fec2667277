package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.internal.spreadsheet.FastexcelSpreadsheets;

/** Rows of an import sheet: cells by column name, Excel's row numbers, problems gathered per row. */
class ImportRowsTest {

    private static final List<String> COLUMNS = List.of("单位编码", "单位名称", "状态");

    @Test
    void cellsAreFoundByColumnNameWhateverTheOrderAndLength() {
        ImportRows sheet = ImportRows.of(List.of(List.of("状态", "单位名称", "单位编码", "备注")), COLUMNS);
        List<String> row = List.of(" 在用 ", "某单位");
        assertThat(sheet.cell(row, "状态")).isEqualTo("在用");
        assertThat(sheet.cell(row, "单位编码")).as("beyond the row's last cell").isEmpty();
        assertThat(sheet.cell(row, "上级单位编码")).as("no such column").isEmpty();
        assertThat(ImportRows.blank(List.of("", "  "))).isTrue();
        assertThat(ImportRows.blank(List.of())).isTrue();
    }

    @Test
    void aHeaderWithoutTheTemplatesKeyColumnsIsRefused() {
        for (List<List<String>> rows : List.of(List.<List<String>>of(), List.of(List.of("单位名称", "状态")))) {
            assertThatThrownBy(() -> ImportRows.of(rows, COLUMNS))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code()).isEqualTo("bad_template");
                        assertThat(e.messageZh()).contains("单位编码、单位名称、状态");
                    });
        }
    }

    @Test
    void statusesAreChecked() {
        ImportRows sheet = ImportRows.of(List.of(COLUMNS), COLUMNS);
        for (String ok : List.of("", "在用", "在职", "撤销", "停用", "离职", "active", "INACTIVE")) {
            sheet.checkStatus(2, ok);
        }
        assertThat(sheet.ok()).isTrue();
        sheet.checkStatus(3, "不明");
        assertThat(sheet.errors()).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(3));
        assertThat(ImportRows.activeOf("")).isTrue();
        assertThat(ImportRows.activeOf("Active")).isTrue();
        assertThat(ImportRows.activeOf("撤销")).isFalse();
        assertThat(ImportRows.activeOf("Inactive")).isFalse();
    }

    @Test
    void errorsAreGatheredPerRowInRowOrderUnderTheirColumns() {
        ImportRows sheet = ImportRows.of(List.of(COLUMNS), COLUMNS);
        sheet.add(7, "状态", "invalid", "错", "wrong");
        sheet.addAll(3, List.of(new FieldError("name", "required", "名称不能为空", "name is required"),
                new FieldError("other", "x", "其他", "other")), Map.of("name", "单位名称"));
        sheet.add(7, "单位编码", "duplicate", "重复", "repeated");
        assertThat(sheet.errors()).extracting(e -> e.row() + " " + e.fields().stream().map(FieldError::field).toList())
                .containsExactly("3 [单位名称, other]", "7 [状态, 单位编码]");
    }

    @Test
    void aFileTheReaderCannotReadIsABadRequestWhateverTheReaderThrew() {
        SpreadsheetService failing = new FastexcelSpreadsheets() {
            @Override
            public List<List<String>> readFirstSheet(java.io.InputStream xlsx) {
                throw new IllegalStateException("reader tripped");
            }
        };
        for (SpreadsheetService reader : List.of(new FastexcelSpreadsheets(), failing)) {
            assertThatThrownBy(() -> ImportRows.read(reader, new ByteArrayInputStream("not a workbook".getBytes())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo("not_xlsx");
                    });
        }
    }

    @Test
    void aWorkbookIsReadRowByRow() throws IOException {
        FastexcelSpreadsheets sheets = new FastexcelSpreadsheets();
        byte[] xlsx = sheets.write(List.of(new SpreadsheetService.Sheet("s", null, COLUMNS, List.of(List.of("A", "甲", "在用")))));
        assertThat(ImportRows.read(sheets, new ByteArrayInputStream(xlsx))).containsExactly(COLUMNS, List.of("A", "甲", "在用"));
    }
}
