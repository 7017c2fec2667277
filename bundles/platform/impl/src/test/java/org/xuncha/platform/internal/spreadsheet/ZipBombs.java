package org.xuncha.platform.internal.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Small workbooks that unpack to a lot: a real xlsx whose first sheet is replaced by one that
 * streams {@code bytes} of a single cell's text, or {@code rows} rows, deflated to a few hundred KB.
 */
final class ZipBombs {

    private ZipBombs() {
    }

    /** One inline-string cell of {@code chars} characters: a parser holds it as one string. */
    static byte[] hugeCell(byte[] template, long chars) throws IOException {
        return replaceSheet(template, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] a = new byte[64 * 1024];
            java.util.Arrays.fill(a, (byte) 'A');
            for (long left = chars; left > 0; left -= a.length) {
                out.write(a, 0, (int) Math.min(a.length, left));
            }
            out.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** {@code rows} rows of one number each: a parser that keeps rows keeps them all. */
    static byte[] manyRows(byte[] template, int rows) throws IOException {
        return replaceSheet(template, out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int r = 1; r <= rows; r++) {
                out.write(("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>1</v></c></row>").getBytes(StandardCharsets.UTF_8));
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] replaceSheet(byte[] template, Body sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(new SeekableInMemoryByteChannel(template)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(out);
                } else {
                    try (InputStream part = in.getInputStream(e)) {
                        part.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
