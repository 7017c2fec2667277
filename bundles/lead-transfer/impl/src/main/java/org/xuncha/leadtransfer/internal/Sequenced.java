package org.xuncha.leadtransfer.internal;

import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.platform.api.security.FieldContext;

/** Every table of the module takes its ids from one sequence, in blocks of 50. */
@MappedSuperclass
public abstract class Sequenced {

    @Id
    @SequenceGenerator(name = "xc_lt_seq", sequenceName = "xc_lt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_lt_seq")
    public Long id;

    /**
     * Where {@code column} of this row is stored (its table named by the entity's {@code @Table}), bound
     * into the column's ciphertext so that it does not decrypt anywhere else. The row needs its id:
     * {@code persist()} gives it.
     */
    public FieldContext place(String column) {
        return place(getClass(), column, id);
    }

    /** {@link #place(String)} for row {@code id} of {@code type}'s table, read as fields rather than as an entity. */
    public static FieldContext place(Class<? extends Sequenced> type, String column, Long id) {
        return FieldContext.of(type.getAnnotation(Table.class).name(), column, id);
    }
}
