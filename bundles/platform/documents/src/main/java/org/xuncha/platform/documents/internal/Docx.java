package org.xuncha.platform.documents.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;

/** Formatting helpers shared by the default template and the body. */
final class Docx {

    private Docx() {
    }

    /**
     * Sets the run's font: the Chinese font by name for East Asian text (so that WPS/Word on the office
     * machine picks 仿宋_GB2312 etc.), Times New Roman for Latin letters and digits, as the standard asks.
     */
    static XWPFRun font(XWPFRun run, String eastAsia, int points) {
        CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
        fonts.setAscii(Layout.LATIN);
        fonts.setHAnsi(Layout.LATIN);
        fonts.setEastAsia(eastAsia);
        fonts.setCs(Layout.LATIN);
        fonts.setHint(STHint.EAST_ASIA);
        run.setFontSize(points);
        return run;
    }

    /** Exact line spacing on the 22-line grid. */
    static void grid(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setLine(BigInteger.valueOf(Layout.lineTwips()));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
    }
}
