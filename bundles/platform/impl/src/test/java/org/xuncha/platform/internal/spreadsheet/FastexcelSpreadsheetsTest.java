package org.xuncha.platform.internal.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService.Sheet;

class FastexcelSpreadsheetsTest {

    private final FastexcelSpreadsheets sheets = new FastexcelSpreadsheets();

    @Test
    void whatIsWrittenIsReadBackAsCellText() throws IOException {
        byte[] xlsx = sheets.write(List.of(new Sheet("单位", null, List.of("编码", "名称", "人数", "成立日期", "在用"),
                List.of(Arrays.asList("LC-01", "聊城市教育和体育局党组", 42, LocalDate.of(2019, 3, 1), true),
                        Arrays.asList("LC-02", "聊城市审计局党组", 3.5, null, false)))));
        List<List<String>> rows = sheets.readFirstSheet(new ByteArrayInputStream(xlsx));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("编码", "名称", "人数", "成立日期", "在用");
        assertThat(rows.get(1)).containsExactly("LC-01", "聊城市教育和体育局党组", "42", "2019-03-01", "是");
        assertThat(rows.get(2)).startsWith("LC-02", "聊城市审计局党组", "3.5");
    }

    @Test
    void aTitleRowComesBeforeTheHeader() throws IOException {
        byte[] xlsx = sheets.write(List.of(new Sheet("台账", "线索移交台账（2025年）", List.of("编号", "名称"),
                List.of(List.of("1", "甲")))));
        List<List<String>> rows = sheets.readFirstSheet(new ByteArrayInputStream(xlsx));
        assertThat(rows.get(0).get(0)).isEqualTo("线索移交台账（2025年）");
        assertThat(rows.get(1)).containsExactly("编号", "名称");
    }

    @Test
    void somethingThatIsNotAWorkbookIsAnIOException() {
        assertThatThrownBy(() -> sheets.readFirstSheet(new ByteArrayInputStream("name,code\n".getBytes())))
                .isInstanceOf(IOException.class);
    }
}
