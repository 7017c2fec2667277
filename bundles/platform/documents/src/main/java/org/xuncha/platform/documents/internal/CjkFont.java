package org.xuncha.platform.documents.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font embedded in PDFs. The GB2312 fonts of the standard are not free, so the PDF uses a free
 * TrueType font the machine has: the configured file first, then Debian's fonts-arphic-uming (a 明体,
 * the closest free face to 宋体/仿宋; itests/run-all installs it), fonts-wqy-*, then a Windows machine's
 * fonts. Noto CJK (fonts-noto-cjk) is not on the list: its outlines are CFF, which PDFBox 3.0 cannot
 * embed as a CID font ("OTF fonts do not have a glyf table"). Only the glyphs used are embedded.
 */
final class CjkFont {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "C:/Windows/Fonts/simfang.ttf",
            "C:/Windows/Fonts/simsun.ttc");

    private final List<File> files;

    CjkFont(String configured) {
        List<File> f = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            f.add(new File(configured.trim()));
        }
        CANDIDATES.forEach(c -> f.add(new File(c)));
        this.files = f;
    }

    /** The file used, or null when the machine has none of them. */
    File file() {
        return files.stream().filter(File::isFile).findFirst().orElse(null);
    }

    private static boolean mainland(TrueTypeFont ttf) throws IOException {
        String name = ttf.getName();
        return name != null && (name.contains("CN") || name.contains("SC") || name.contains("GB"));
    }

    /**
     * Loads the font into {@code doc}. The font file is parsed once and kept (a 20 MB collection took
     * most of a PDF's time when parsed for each); PDFBox reads glyphs from it lazily, also when the
     * document is saved, and that reading is not thread-safe, so callers hold this object's lock from
     * loading until the document is saved ({@link PdfRenderer#render}). The kept font is never closed
     * by a document (PDFBox closes only fonts it opened itself).
     */
    PDType0Font load(PDDocument doc) throws IOException {
        TrueTypeFont ttf = font();
        return ttf == null ? null : PDType0Font.load(doc, ttf, true);
    }

    private TrueTypeFont parsed;

    private TrueTypeFont font() throws IOException {
        if (parsed != null) {
            return parsed;
        }
        File file = file();
        if (file == null) {
            return null;
        }
        if (!file.getName().toLowerCase().endsWith(".ttc")) {
            parsed = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return parsed;
        }
        // a collection: its mainland-China face (AR PL UMing CN) if it has one, else its first; the
        // collection stays open with the chosen face, which reads from it
        TrueTypeCollection ttc = new TrueTypeCollection(file);
        TrueTypeFont[] chosen = new TrueTypeFont[1];
        ttc.processAllFonts(ttf -> {
            if (chosen[0] == null || mainland(ttf) && !mainland(chosen[0])) {
                chosen[0] = ttf;
            }
        });
        parsed = chosen[0];
        return parsed;
    }
}
