package org.xuncha.personnelpools.internal.profile;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A row of {@code xc_personnel_pools_relative}: relation and note are ciphertexts. */
@Embeddable
public class RelativeRow {

    /** Room for the SM4 ciphertext of {@code Relative.RELATION_MAX} characters. */
    static final int RELATION_COLUMN = 200;
    /** Room for the SM4 ciphertext of {@code Relative.NOTE_MAX} characters. */
    static final int NOTE_COLUMN = 1000;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "relative_person_id")
    public Long relativePersonId;

    @Column(name = "relation", nullable = false, length = RELATION_COLUMN)
    public String relation;

    @Column(name = "note", length = NOTE_COLUMN)
    public String note;
}
