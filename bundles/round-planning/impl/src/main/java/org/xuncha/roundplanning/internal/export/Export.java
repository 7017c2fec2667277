package org.xuncha.roundplanning.internal.export;

/**
 * A workbook and the name it is saved under.
 *
 * @param fileName e.g. {@code 十四届市委第五轮巡察方案.xlsx}
 * @param bytes    the content
 */
public record Export(String fileName, byte[] bytes) {

    /**
     * A file name made of a record's name: characters that Windows or a browser would take for a
     * path or refuse ({@code \ / : * ? " < > |}) become {@code _}; the name is cut to 100 characters.
     */
    public static String fileName(String base, String extension) {
        String clean = base.replaceAll("[\\\\/:*?\"<>|]", "_").strip();
        if (clean.length() > 100) {
            clean = clean.substring(0, 100);
        }
        return (clean.isEmpty() ? "export" : clean) + "." + extension;
    }
}
