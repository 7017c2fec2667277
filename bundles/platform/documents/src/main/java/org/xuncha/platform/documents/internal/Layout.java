package org.xuncha.platform.documents.internal;

/**
 * GB/T 9704-2012 (党政机关公文格式) in the units of WordprocessingML (twips, half-points) and PDF
 * (points): A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, so the text block (版心) is
 * 156 × 225 mm; 22 lines of 28 characters of 三号 (16 pt); page numbers 四号 7 mm below the text block.
 */
final class Layout {

    private Layout() {
    }

    static final double PAGE_W_MM = 210;
    static final double PAGE_H_MM = 297;
    static final double TOP_MM = 37;
    static final double BOTTOM_MM = 35;
    static final double LEFT_MM = 28;
    static final double RIGHT_MM = 26;
    static final double BLOCK_W_MM = PAGE_W_MM - LEFT_MM - RIGHT_MM;
    static final double BLOCK_H_MM = PAGE_H_MM - TOP_MM - BOTTOM_MM;
    static final int LINES = 22;
    static final int CHARS = 28;

    /** 三号 body, 二号 title, 四号 page numbers, in points. */
    static final int BODY_PT = 16;
    static final int TITLE_PT = 22;
    static final int PAGE_NUMBER_PT = 14;

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING_FONT = "黑体";
    static final String HEADING2_FONT = "楷体_GB2312";
    static final String PAGE_FONT = "宋体";
    static final String LATIN = "Times New Roman";

    static double pt(double mm) {
        return mm * 72 / 25.4;
    }

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /**
     * The line pitch in twips: 28.95 pt, the exact spacing with which Word and WPS set 22 lines of 三号
     * in the 225 mm block (225 mm / 22 is 28.99 pt; the grid's rounding leaves the rest).
     */
    static int lineTwips() {
        return 579;
    }
}
