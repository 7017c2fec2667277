package org.xuncha.interviews.internal.record;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.RecordStatus;
import org.xuncha.interviews.api.SignatureStatus;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.platform.api.security.FieldContext;

/** An interview record. Names and everything said are ciphertext (FieldCipher, SM4). */
@Entity
@Table(name = "xc_ivr_record")
public class RecordEntity extends ScopedEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_record_seq", sequenceName = "xc_ivr_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_record_seq")
    Long id;

    @Column(name = "planned_id")
    Long plannedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    IntervieweeCategory category;

    @Column(name = "person_id")
    Long personId;

    @Column(name = "name_enc", length = 1000)
    String nameEnc;

    @Column(name = "post", length = 200)
    String post;

    @Column(name = "held_at", nullable = false)
    LocalDateTime heldAt;

    @Column(name = "place", nullable = false, length = 200)
    String place;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_ivr_record_interviewer", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "ord")
    List<InterviewerValue> interviewers = new ArrayList<>();

    @Column(name = "recorder_id", nullable = false)
    long recorderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interviewee_signature", nullable = false, length = 20)
    SignatureStatus intervieweeSignature;

    @Column(name = "interviewee_note_enc", length = 4000)
    String intervieweeNoteEnc;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    RecordStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "xc_ivr_record_section", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "ord")
    List<SectionValue> sections = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "xc_ivr_leader_note", joinColumns = @JoinColumn(name = "record_id"))
    @OrderColumn(name = "ord")
    List<LeaderNoteValue> leaderNotes = new ArrayList<>();

    @Column(name = "covers_mandatory", nullable = false)
    boolean coversMandatory;

    @Column(name = "misses_mandatory", nullable = false)
    boolean missesMandatory;

    @Column(name = "signed_off_by", length = 100)
    String signedOffBy;

    @Column(name = "signed_off_at")
    LocalDateTime signedOffAt;

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Where {@code column} of this row is stored, bound into its ciphertext; encrypt after {@code persist()}, which gives the id. */
    FieldContext cipherPlace(String column) {
        return FieldContext.of("xc_ivr_record", column, id);
    }
}
