package org.xuncha.interviews.internal.record;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Lob;

/** The mandatory topic about one leader (or the group as a whole); the text is ciphertext. */
@Embeddable
public class LeaderNoteValue {

    @Column(name = "person_id")
    Long personId;

    @Lob
    @Column(name = "text_enc", nullable = false)
    String textEnc;

    protected LeaderNoteValue() {
    }

    LeaderNoteValue(Long personId, String textEnc) {
        this.personId = personId;
        this.textEnc = textEnc;
    }
}
