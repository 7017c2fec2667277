package org.xuncha.platform.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The default template, built with POI so that every number of the layout is in one place
 * ({@link Layout}): page setup and line grid in the section, the 文号 line, the title, {@code {{body}}}
 * (whose paragraph and run formatting the body paragraphs copy), and "— N —" page numbers, odd pages
 * right and even pages left. An office edits this file in WPS/Word and uploads it as its own.
 */
final class DefaultTemplate {

    private DefaultTemplate() {
    }

    static byte[] build() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph number = doc.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            Docx.grid(number);
            Docx.font(number.createRun(), Layout.BODY_FONT, Layout.BODY_PT).setText("{{number}}");

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            Docx.grid(title);
            title.setSpacingBefore(Layout.lineTwips());
            title.setSpacingAfter(Layout.lineTwips());
            Docx.font(title.createRun(), Layout.TITLE_FONT, Layout.TITLE_PT).setText("{{title}}");

            XWPFParagraph body = doc.createParagraph();
            body.setAlignment(ParagraphAlignment.BOTH);
            Docx.grid(body);
            body.setIndentationFirstLine(2 * Layout.BODY_PT * 20);
            Docx.font(body.createRun(), Layout.BODY_FONT, Layout.BODY_PT).setText("{{body}}");

            section(doc);
            footers(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(Layout.twips(Layout.PAGE_W_MM)));
        size.setH(BigInteger.valueOf(Layout.twips(Layout.PAGE_H_MM)));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(Layout.twips(Layout.TOP_MM)));
        mar.setBottom(BigInteger.valueOf(Layout.twips(Layout.BOTTOM_MM)));
        mar.setLeft(BigInteger.valueOf(Layout.twips(Layout.LEFT_MM)));
        mar.setRight(BigInteger.valueOf(Layout.twips(Layout.RIGHT_MM)));
        mar.setHeader(BigInteger.valueOf(Layout.twips(15)));
        // the page number's baseline sits 7 mm below the text block
        mar.setFooter(BigInteger.valueOf(Layout.twips(Layout.BOTTOM_MM - 7 - 5)));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(Layout.lineTwips()));
        // character pitch = 156 mm / 28; Word stores it as the difference to the font size, in 1/4096 pt
        double pitchPt = Layout.pt(Layout.BLOCK_W_MM) / Layout.CHARS;
        grid.setCharSpace(BigInteger.valueOf(Math.round((pitchPt - Layout.BODY_PT) * 4096)));
    }

    private static void footers(XWPFDocument doc) {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
    }

    private static void pageNumber(XWPFFooter footer, ParagraphAlignment side) {
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(side);
        // one character in from the edge of the text block
        if (side == ParagraphAlignment.RIGHT) {
            p.setIndentationRight(Layout.PAGE_NUMBER_PT * 20);
        } else {
            p.setIndentationLeft(Layout.PAGE_NUMBER_PT * 20);
        }
        Docx.font(p.createRun(), Layout.PAGE_FONT, Layout.PAGE_NUMBER_PT).setText("— ");
        field(p, STFldCharType.BEGIN);
        XWPFRun instr = Docx.font(p.createRun(), Layout.PAGE_FONT, Layout.PAGE_NUMBER_PT);
        instr.getCTR().addNewInstrText().setStringValue(" PAGE ");
        field(p, STFldCharType.SEPARATE);
        Docx.font(p.createRun(), Layout.PAGE_FONT, Layout.PAGE_NUMBER_PT).setText("1");
        field(p, STFldCharType.END);
        Docx.font(p.createRun(), Layout.PAGE_FONT, Layout.PAGE_NUMBER_PT).setText(" —");
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        Docx.font(p.createRun(), Layout.PAGE_FONT, Layout.PAGE_NUMBER_PT).getCTR().addNewFldChar().setFldCharType(type);
    }
}
