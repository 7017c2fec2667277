package org.xuncha.platform.internal.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
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

    @Test
    void aZipBombIsRefusedBeforeItIsUnpackedIntoMemory() throws IOException {
        byte[] template = sheets.write(List.of(new Sheet("单位", null, List.of("编码"), List.of(List.of("1")))));
        byte[] bomb = ZipBombs.hugeCell(template, 400L * 1024 * 1024);
        assertThat(bomb.length).as("a small upload").isLessThan(2 * 1024 * 1024);
        long before = allocated();
        assertThatThrownBy(() -> sheets.readFirstSheet(new ByteArrayInputStream(bomb)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("workbook_too_large");
                    assertThat(e.messageZh()).contains("压缩炸弹");
                });
        assertThat(allocated() - before).as("bytes allocated while refusing").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void rowsPastTheLimitAreRefusedWhileStreaming() throws IOException {
        byte[] template = sheets.write(List.of(new Sheet("单位", null, List.of("编码"), List.of(List.of("1")))));
        byte[] many = ZipBombs.manyRows(template, WorkbookLimits.MAX_ROWS + 1);
        assertThatThrownBy(() -> sheets.readFirstSheet(new ByteArrayInputStream(many)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.messageEn()).contains("more than 50000 rows"));
        assertThat(sheets.readFirstSheet(new ByteArrayInputStream(ZipBombs.manyRows(template, WorkbookLimits.MAX_ROWS)))).hasSize(WorkbookLimits.MAX_ROWS);
    }

    /** Bytes this thread has allocated so far (HotSpot). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
