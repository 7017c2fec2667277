package org.xuncha.platform.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;

/**
 * Lays the content out on A4 pages with PDFBox in the same grid as the DOCX (版心 156 × 225 mm, 22 lines,
 * 28 characters of 16 pt), in one embedded CJK font (the PDF is for reading and printing; the editable
 * file is the DOCX). Lines break at the text block's width, characters are kept whole.
 */
final class PdfRenderer {

    private static final float LEFT = (float) Layout.pt(Layout.LEFT_MM);
    private static final float WIDTH = (float) Layout.pt(Layout.BLOCK_W_MM);
    private static final float TOP = (float) Layout.pt(Layout.PAGE_H_MM - Layout.TOP_MM);
    private static final float PITCH = (float) (Layout.pt(Layout.BLOCK_H_MM) / Layout.LINES);
    private static final float CHAR = WIDTH / Layout.CHARS;

    private final PDDocument doc;
    private final PDFont font;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private int line = Layout.LINES;

    private PdfRenderer(PDDocument doc, PDFont font) {
        this.doc = doc;
        this.font = font;
    }

    /** @return null if the machine has no CJK font; one PDF at a time, as the kept font is read until the save */
    static byte[] render(DocumentContent content, CjkFont cjk) throws IOException {
        synchronized (cjk) {
            return renderLocked(content, cjk);
        }
    }

    private static byte[] renderLocked(DocumentContent content, CjkFont cjk) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = cjk.load(doc);
            if (font == null) {
                return null;
            }
            PdfRenderer r = new PdfRenderer(doc, font);
            r.write(content);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private void write(DocumentContent c) throws IOException {
        String number = c.fields().get(DocumentContent.NUMBER);
        if (number != null && !number.isBlank()) {
            centred(number, Layout.BODY_PT);
        }
        line++;
        for (String l : wrap(c.title(), Layout.TITLE_PT, WIDTH)) {
            centred(l, Layout.TITLE_PT);
        }
        line++;
        for (Block b : c.body()) {
            if (b instanceof Heading h) {
                lines(h.text(), 2);
            } else if (b instanceof Paragraph p) {
                lines((p.lead() == null ? "" : p.lead()) + (p.text() == null ? "" : p.text()), 2);
            } else if (b instanceof Closing cl) {
                right(cl.text());
            }
        }
        finish();
    }

    private void lines(String text, int indent) throws IOException {
        String first = "\u3000".repeat(indent) + text;
        for (String l : wrap(first, Layout.BODY_PT, WIDTH)) {
            show(l, Layout.BODY_PT, LEFT);
        }
    }

    private void centred(String text, int size) throws IOException {
        show(text, size, LEFT + (WIDTH - width(text, size)) / 2);
    }

    private void right(String text) throws IOException {
        show(text, Layout.BODY_PT, LEFT + WIDTH - 4 * CHAR - width(text, Layout.BODY_PT));
    }

    private void show(String text, int size, float x) throws IOException {
        if (line >= Layout.LINES) {
            newPage();
        }
        float y = TOP - PITCH * line - size;
        if (!text.isEmpty()) {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }
        line++;
    }

    private void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(doc, page);
        line = 0;
    }

    private void closePage() throws IOException {
        if (out == null) {
            return;
        }
        // "— N —" in 四号, 7 mm below the text block, odd pages right and even pages left, one character in
        int n = pages.size();
        String s = "— " + n + " —";
        float w = width(s, Layout.PAGE_NUMBER_PT);
        float x = n % 2 == 1 ? LEFT + WIDTH - Layout.PAGE_NUMBER_PT - w : LEFT + Layout.PAGE_NUMBER_PT;
        float y = (float) Layout.pt(Layout.BOTTOM_MM - 7) - Layout.PAGE_NUMBER_PT;
        out.beginText();
        out.setFont(font, Layout.PAGE_NUMBER_PT);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
        out.close();
        out = null;
    }

    private void finish() throws IOException {
        if (pages.isEmpty()) {
            newPage();
        }
        closePage();
    }

    private float width(String s, int size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Breaks {@code text} into lines no wider than {@code max}; characters the font lacks become "□". */
    private List<String> wrap(String text, int size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = cp == '\n' || cp == '\r' || cp == '\t' ? " " : new String(Character.toChars(cp));
            float cw;
            try {
                cw = font.getStringWidth(ch) / 1000 * size;
            } catch (IllegalArgumentException noGlyph) {
                ch = "□";
                cw = font.getStringWidth(ch) / 1000 * size;
            }
            if (w + cw > max + 0.01f && cur.length() > 0) {
                lines.add(cur.toString());
                cur.setLength(0);
                w = 0;
            }
            cur.append(ch);
            w += cw;
        }
        lines.add(cur.toString());
        return lines;
    }
}
