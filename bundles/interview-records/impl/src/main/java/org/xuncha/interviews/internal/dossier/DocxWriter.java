package org.xuncha.interviews.internal.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal Word document (WordprocessingML, .docx) with {@code java.util.zip}, laid out after
 * the basics of GB/T 9704-2012 (党政机关公文格式): A4; margins top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm (版心 156 × 225 mm); 22 lines of 28 characters, i.e. body text 仿宋_GB2312 三号 (16 pt)
 * at an exact line spacing of 28.95 pt; title 方正小标宋简体 二号 (22 pt) centred; first-level headings
 * 黑体 三号, second-level 楷体_GB2312 三号; page numbers 宋体 四号 "— N —" 7 mm below the text block,
 * odd pages right and even pages left, one character in. Fonts name 宋体/仿宋/黑体/楷体 as alternatives,
 * for machines without the GB2312 fonts. No library: a document is nine small XML parts.
 */
public final class DocxWriter {

    /** One paragraph of the document. */
    public sealed interface Block permits Title, Heading, Paragraph, Closing {
    }

    /** The title, centred. */
    public record Title(String text) implements Block {
    }

    /** A heading: level 1 (一、, 黑体) or 2 ((一), 楷体). */
    public record Heading(int level, String text) implements Block {
    }

    /** Body text, first line indented two characters; {@code lead} (may be null) is set in bold before it. */
    public record Paragraph(String lead, String text) implements Block {
    }

    /** Right-aligned lines at the end (who compiled it, the date). */
    public record Closing(String text) implements Block {
    }

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** 28.95 pt in twentieths of a point: 22 lines on the 225 mm text block. */
    static final int LINE = 579;
    /** Twips per millimetre. */
    private static final double MM = 1440 / 25.4;
    static final int TOP = mm(37);
    static final int BOTTOM = mm(35);
    static final int LEFT = mm(28);
    static final int RIGHT = mm(26);
    /** Page number 7 mm below the text block. */
    static final int FOOTER = mm(35 - 7);

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String HEADING2_FONT = "楷体_GB2312";
    static final String PAGE_FONT = "宋体";
    static final String LATIN = "Times New Roman";

    private DocxWriter() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * MM);
    }

    public static byte[] write(List<Block> blocks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            part(zip, "[Content_Types].xml", CONTENT_TYPES);
            part(zip, "_rels/.rels", ROOT_RELS);
            part(zip, "word/_rels/document.xml.rels", DOCUMENT_RELS);
            part(zip, "word/document.xml", document(blocks));
            part(zip, "word/styles.xml", styles());
            part(zip, "word/settings.xml", SETTINGS);
            part(zip, "word/fontTable.xml", FONT_TABLE);
            part(zip, "word/footer1.xml", footer(true));
            part(zip, "word/footer2.xml", footer(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String document(List<Block> blocks) {
        StringBuilder b = new StringBuilder(XML).append("<w:document ").append(NS).append("><w:body>");
        for (Block block : blocks) {
            if (block instanceof Title t) {
                lines(t.text()).forEach(line -> b.append("<w:p><w:pPr><w:jc w:val=\"center\"/>")
                        .append("<w:spacing w:line=\"").append(LINE).append("\" w:lineRule=\"exact\"/></w:pPr>")
                        .append(run(line, TITLE_FONT, 44, false)).append("</w:p>"));
            } else if (block instanceof Heading h) {
                lines(h.text()).forEach(line -> b.append("<w:p>").append(indented())
                        .append(run(line, h.level() == 1 ? HEADING_FONT : HEADING2_FONT, 32, false)).append("</w:p>"));
            } else if (block instanceof Paragraph p) {
                List<String> lines = lines(p.text());
                for (int i = 0; i < lines.size(); i++) {
                    b.append("<w:p>").append(indented());
                    if (i == 0 && p.lead() != null) {
                        b.append(run(p.lead(), BODY_FONT, 32, true));
                    }
                    b.append(run(lines.get(i), BODY_FONT, 32, false)).append("</w:p>");
                }
            } else if (block instanceof Closing c) {
                lines(c.text()).forEach(line -> b.append("<w:p><w:pPr><w:jc w:val=\"right\"/>")
                        .append("<w:ind w:right=\"").append(4 * 320).append("\"/></w:pPr>")
                        .append(run(line, BODY_FONT, 32, false)).append("</w:p>"));
            }
        }
        b.append("<w:sectPr>")
                .append("<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>")
                .append("<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>")
                .append("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")
                .append("<w:pgMar w:top=\"").append(TOP).append("\" w:right=\"").append(RIGHT).append("\" w:bottom=\"").append(BOTTOM)
                .append("\" w:left=\"").append(LEFT).append("\" w:header=\"851\" w:footer=\"").append(FOOTER).append("\" w:gutter=\"0\"/>")
                .append("<w:docGrid w:type=\"linesAndChars\" w:linePitch=\"").append(LINE).append("\" w:charSpace=\"0\"/>")
                .append("</w:sectPr></w:body></w:document>");
        return b.toString();
    }

    private static String indented() {
        return "<w:pPr><w:jc w:val=\"both\"/><w:spacing w:line=\"" + LINE + "\" w:lineRule=\"exact\"/>"
                + "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/></w:pPr>";
    }

    private static String run(String text, String eastAsia, int halfPoints, boolean bold) {
        return "<w:r><w:rPr><w:rFonts w:ascii=\"" + LATIN + "\" w:hAnsi=\"" + LATIN + "\" w:eastAsia=\"" + eastAsia + "\"/>"
                + (bold ? "<w:b/>" : "") + "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    /** A text's lines (a record may hold several paragraphs); an empty text gives one empty line. */
    static List<String> lines(String text) {
        List<String> result = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            if (!line.isBlank() || result.isEmpty()) {
                result.add(line.strip());
            }
        }
        return result;
    }

    /** XML text: escapes markup and drops characters XML 1.0 does not allow. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c == 0x9 || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    static String styles() {
        return XML + "<w:styles " + NS + "><w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"" + LATIN + "\" w:hAnsi=\"" + LATIN + "\" w:eastAsia=\"" + BODY_FONT + "\" w:cs=\"" + LATIN + "\"/>"
                + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"" + LINE + "\" w:lineRule=\"exact\"/></w:pPr></w:pPrDefault>"
                + "</w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style></w:styles>";
    }

    /** Page number "— N —" in 宋体 四号, one character in from the outer edge. */
    static String footer(boolean odd) {
        String rPr = "<w:rPr><w:rFonts w:ascii=\"" + PAGE_FONT + "\" w:hAnsi=\"" + PAGE_FONT + "\" w:eastAsia=\"" + PAGE_FONT
                + "\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>";
        return XML + "<w:ftr " + NS + "><w:p><w:pPr><w:jc w:val=\"" + (odd ? "right" : "left") + "\"/><w:ind w:"
                + (odd ? "right" : "left") + "=\"280\"/></w:pPr>"
                + "<w:r>" + rPr + "<w:t xml:space=\"preserve\">— </w:t></w:r>"
                + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r>" + rPr + "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r>" + rPr + "<w:t>1</w:t></w:r>"
                + "<w:r>" + rPr + "<w:fldChar w:fldCharType=\"end\"/></w:r>"
                + "<w:r>" + rPr + "<w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>";
    }

    static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    static final String CONTENT_TYPES = XML
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
            + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
            + "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
            + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
            + "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
            + "</Types>";

    static final String ROOT_RELS = XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>";

    static final String DOCUMENT_RELS = XML
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
            + "<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>"
            + "<Relationship Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
            + "<Relationship Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>"
            + "</Relationships>";

    /** Odd and even pages have their own footers (page number outside). */
    static final String SETTINGS = XML + "<w:settings " + NS + "><w:evenAndOddHeaders/>"
            + "<w:defaultTabStop w:val=\"420\"/><w:characterSpacingControl w:val=\"compressPunctuation\"/></w:settings>";

    static final String FONT_TABLE = XML + "<w:fonts " + NS + ">"
            + "<w:font w:name=\"" + TITLE_FONT + "\"><w:altName w:val=\"宋体\"/><w:charset w:val=\"86\"/></w:font>"
            + "<w:font w:name=\"" + BODY_FONT + "\"><w:altName w:val=\"仿宋\"/><w:charset w:val=\"86\"/></w:font>"
            + "<w:font w:name=\"" + HEADING2_FONT + "\"><w:altName w:val=\"楷体\"/><w:charset w:val=\"86\"/></w:font>"
            + "<w:font w:name=\"" + HEADING_FONT + "\"><w:charset w:val=\"86\"/></w:font>"
            + "<w:font w:name=\"" + PAGE_FONT + "\"><w:charset w:val=\"86\"/></w:font>"
            + "<w:font w:name=\"" + LATIN + "\"/>"
            + "</w:fonts>";
}
