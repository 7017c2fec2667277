package org.xuncha.platform.internal.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.spreadsheet.Csv;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("key,text\nA,\"进驻前听取意见，含“逗号”, and \"\"quotes\"\"\"\nB,\"two\nlines\"\n");
        assertThat(rows).containsExactly(List.of("key", "text"), List.of("A", "进驻前听取意见，含“逗号”, and \"quotes\""),
                List.of("B", "two\nlines"));
    }

    @Test
    void byteOrderMarkCrLfAndEmptyCells() {
        List<List<String>> rows = Csv.parse("\uFEFFa,b,c\r\n1,,3\r\n\r\n,,\r\n");
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"), List.of("", "", ""));
    }

    @Test
    void lastLineWithoutLineBreak() {
        assertThat(Csv.parse("a\nlast")).containsExactly(List.of("a"), List.of("last"));
    }

    @Test
    void unterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> Csv.parse("a,b\n1,\"open\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unterminated");
    }
}
