package org.xuncha.platform.api.security;

import java.util.Objects;

/**
 * Where a ciphertext is stored: table, column and row. {@link FieldCipher} binds it into the
 * ciphertext as associated data, so a value copied to another row, column or table no longer
 * decrypts (409 {@code integrity_error}). Name the real table and column, and for a row of an
 * element collection the owner's id and the position, e.g. {@code "12/3"}.
 *
 * @param table  the table, e.g. {@code xc_lt_lead}
 * @param column the column, e.g. {@code summary}
 * @param row    the row's key as text, e.g. its id
 * @since 1.3
 */
public record FieldContext(String table, String column, String row) {

    public FieldContext {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (row == null || row.isEmpty()) {
            // an entity not yet persisted has no id: encrypt after persist(), when the id is assigned
            throw new IllegalArgumentException("no row id for " + table + "." + column + ": encrypt after the row has its id");
        }
    }

    /** {@code row} is the row's key, e.g. its id (a value that is null fails: the row must have its id already). */
    public static FieldContext of(String table, String column, Object row) {
        return new FieldContext(table, column, row == null ? null : String.valueOf(row));
    }

    /** The same row and table, another column. */
    public FieldContext column(String other) {
        return new FieldContext(table, other, row);
    }

    @Override
    public String toString() {
        return table + "." + column + "#" + row;
    }
}
