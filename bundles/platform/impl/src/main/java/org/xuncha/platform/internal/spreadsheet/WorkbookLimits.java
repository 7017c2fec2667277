package org.xuncha.platform.internal.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.xuncha.platform.api.rest.ApiException;

/**
 * What an uploaded workbook may be, checked before it is parsed, so that reading one is bounded in
 * memory and time whatever it holds. An xlsx file is a zip: a few kilobytes can unpack to gigabytes
 * (a zip bomb) that the parser would hold as one string or as millions of rows. So the file is
 * read at most {@link #MAX_PACKED} bytes, every entry is unpacked once here into nothing, counting,
 * through the same zip reader (commons-compress, by the central directory) that fastexcel uses, and
 * refused as soon as the sum passes {@link #MAX_UNPACKED}; rows and columns are bounded while the
 * sheet is streamed. Each refusal is a 413 with a message in Chinese and English.
 */
final class WorkbookLimits {

    /** The upload itself, as the import endpoints accept it. */
    static final int MAX_PACKED = 20 * 1024 * 1024;
    /** All entries unpacked: generous for 50 000 rows of an import template, far below the heap. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    static final int MAX_ROWS = 50_000;
    static final int MAX_COLUMNS = 200;

    private WorkbookLimits() {
    }

    /** The file's bytes, refused (413) when larger than {@link #MAX_PACKED}. */
    static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PACKED + 1);
        if (bytes.length > MAX_PACKED) {
            throw tooLarge("文件超过" + MAX_PACKED / (1024 * 1024) + "MB", "the file exceeds " + MAX_PACKED / (1024 * 1024) + " MB");
        }
        return bytes;
    }

    /**
     * Unpacks every entry without keeping anything, refusing (413) a workbook whose entries unpack to
     * more than {@link #MAX_UNPACKED} bytes in all or that has more than {@link #MAX_ENTRIES}
     * entries; a file that is no zip is left to the parser to refuse.
     */
    static void checkUnpacked(byte[] xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(new SeekableInMemoryByteChannel(xlsx))) {
            long total = 0;
            int entries = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<ZipArchiveEntry> e = zip.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("压缩包内文件过多", "the workbook holds too many parts");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > MAX_UNPACKED) {
                            throw tooLarge("解压后超过" + MAX_UNPACKED / (1024 * 1024) + "MB（可能是压缩炸弹）",
                                    "it unpacks to more than " + MAX_UNPACKED / (1024 * 1024) + " MB (possibly a zip bomb)");
                        }
                    }
                }
            }
        }
    }

    /** @throws ApiException 413 when the sheet goes on past {@link #MAX_ROWS} rows or {@link #MAX_COLUMNS} columns */
    static void checkRow(int rowNum, int cellCount) {
        if (rowNum > MAX_ROWS) {
            throw tooLarge("行数超过" + MAX_ROWS + "行，请分批导入", "it has more than " + MAX_ROWS + " rows; import it in parts");
        }
        if (cellCount > MAX_COLUMNS) {
            throw tooLarge("第" + rowNum + "行超过" + MAX_COLUMNS + "列", "row " + rowNum + " has more than " + MAX_COLUMNS + " columns");
        }
    }

    private static ApiException tooLarge(String zh, String en) {
        return new ApiException(413, "workbook_too_large", "Excel文件过大：" + zh, "The workbook is too large: " + en);
    }
}
