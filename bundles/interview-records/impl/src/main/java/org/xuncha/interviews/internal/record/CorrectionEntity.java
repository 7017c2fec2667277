package org.xuncha.interviews.internal.record;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import org.xuncha.platform.api.security.FieldContext;

/** A correction of a signed-off record: the reason and the content before it, both ciphertext. Never changed. */
@Entity
@Table(name = "xc_ivr_correction")
public class CorrectionEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_correction_seq", sequenceName = "xc_ivr_correction_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_correction_seq")
    Long id;

    @Column(name = "record_id", nullable = false)
    long recordId;

    @Column(name = "corrected_at", nullable = false)
    LocalDateTime correctedAt;

    @Column(name = "corrected_by", nullable = false, length = 100)
    String correctedBy;

    @Lob
    @Column(name = "reason_enc", nullable = false)
    String reasonEnc;

    @Lob
    @Column(name = "previous_enc", nullable = false)
    String previousEnc;

    /** Where {@code column} of this row is stored, bound into its ciphertext; encrypt after {@code persist()}, which gives the id. */
    FieldContext cipherPlace(String column) {
        return FieldContext.of("xc_ivr_correction", column, id);
    }
}
