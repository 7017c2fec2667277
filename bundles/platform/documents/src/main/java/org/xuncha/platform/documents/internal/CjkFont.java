package org.xuncha.platform.documents.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
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

    /** Loads the font into {@code doc}; the caller closes {@code doc} (and with it the font file). */
    PDType0Font load(PDDocument doc) throws IOException {
        File file = file();
        if (file == null) {
            return null;
        }
        if (!file.getName().toLowerCase().endsWith(".ttc")) {
            return PDType0Font.load(doc, file);
        }
        // a collection: its mainland-China face (AR PL UMing CN) if it has one, else its first
        TrueTypeCollection ttc = new TrueTypeCollection(file);
        TrueTypeFont[] chosen = new TrueTypeFont[1];
        ttc.processAllFonts(ttf -> {
            if (chosen[0] == null || mainland(ttf) && !mainland(chosen[0])) {
                chosen[0] = ttf;
            }
        });
        return PDType0Font.load(doc, chosen[0], true);
    }
}
