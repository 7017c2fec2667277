package org.xuncha.interviews.internal.letter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.LetterDisposition;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.platform.api.security.FieldContext;

/** A letter or visit. Reporter, content and handling note are ciphertext. */
@Entity
@Table(name = "xc_ivr_letter")
public class LetterEntity extends ScopedEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_letter_seq", sequenceName = "xc_ivr_letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_letter_seq")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    LetterChannel channel;

    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;

    @Column(name = "anonymous", nullable = false)
    boolean anonymous;

    @Column(name = "reporter_name_enc", length = 1000)
    String reporterNameEnc;

    @Column(name = "reporter_contact_enc", length = 1000)
    String reporterContactEnc;

    @Lob
    @Column(name = "content_enc", nullable = false)
    String contentEnc;

    @Column(name = "top_leader", nullable = false)
    boolean topLeader;

    @Column(name = "leading_group", nullable = false)
    boolean leadingGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition", nullable = false, length = 20)
    LetterDisposition disposition;

    @Lob
    @Column(name = "handling_note_enc")
    String handlingNoteEnc;

    @Column(name = "handled_by", length = 100)
    String handledBy;

    @Column(name = "handled_at")
    LocalDateTime handledAt;

    @Column(name = "registered_by", nullable = false, length = 100)
    String registeredBy;

    @Column(name = "registered_at", nullable = false)
    LocalDateTime registeredAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Where {@code column} of this row is stored, bound into its ciphertext; encrypt after {@code persist()}, which gives the id. */
    FieldContext cipherPlace(String column) {
        return FieldContext.of("xc_ivr_letter", column, id);
    }
}
