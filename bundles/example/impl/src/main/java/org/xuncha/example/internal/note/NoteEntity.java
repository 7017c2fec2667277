package org.xuncha.example.internal.note;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteDraft;

/** Table {@code xc_example_note}; the column lengths are the limits the service checks. */
@Entity
@Table(name = "xc_example_note")
public class NoteEntity {

    static final int DIVISION_LENGTH = 12;
    static final int AUTHOR_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "xc_example_note_seq", sequenceName = "xc_example_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_example_note_seq")
    Long id;

    @Column(name = "unit_id", nullable = false)
    Long unitId;

    /** The unit's division, kept with the note so that lists filter by scope without a join. */
    @Column(name = "division_code", nullable = false, length = DIVISION_LENGTH)
    String divisionCode;

    @Column(name = "text", nullable = false, length = NoteDraft.TEXT_MAX)
    String text;

    @Column(name = "author", nullable = false, length = AUTHOR_LENGTH)
    String author;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    Note toValue() {
        return new Note(id, unitId, text, author, createdAt);
    }
}
