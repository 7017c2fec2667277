package org.xuncha.leadtransfer.internal.console;

/** Table cells of the module's console listings. */
final class Cells {

    private Cells() {
    }

    /** A value as printed in a table: {@code -} for none. */
    static String cell(Object o) {
        return o == null ? "-" : o.toString();
    }
}
