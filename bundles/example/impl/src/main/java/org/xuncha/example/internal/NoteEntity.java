package org.xuncha.example.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.example.api.Note;

@Entity
@Table(name = "xc_example_note")
public class NoteEntity {

    @Id
    @SequenceGenerator(name = "xc_example_note_seq", sequenceName = "xc_example_note_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_example_note_seq")
    Long id;

    @Column(name = "unit_id", nullable = false)
    Long unitId;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "text", nullable = false, length = 1000)
    String text;

    @Column(name = "author", nullable = false, length = 100)
    String author;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    Note toValue() {
        return new Note(id, unitId, text, author, createdAt);
    }
}
