package org.xuncha.interviews.internal.handover;

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

import org.xuncha.interviews.api.HandOverKind;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.platform.api.security.FieldContext;

/** A raised problem or lead and its hand-over state. Description and person concerned are ciphertext. */
@Entity
@Table(name = "xc_ivr_handover")
public class HandOverEntity extends ScopedEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_handover_seq", sequenceName = "xc_ivr_handover_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_handover_seq")
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 10)
    SourceType sourceType;

    @Column(name = "source_id", nullable = false)
    long sourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    HandOverKind kind;

    @Column(name = "category", length = 50)
    String category;

    @Lob
    @Column(name = "description_enc", nullable = false)
    String descriptionEnc;

    @Column(name = "top_leader", nullable = false)
    boolean topLeader;

    @Column(name = "leading_group", nullable = false)
    boolean leadingGroup;

    @Column(name = "person_id")
    Long personId;

    @Column(name = "person_name_enc", length = 1000)
    String personNameEnc;

    @Column(name = "person_post_enc", length = 1000)
    String personPostEnc;

    @Column(name = "person_rank_enc", length = 1000)
    String personRankEnc;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    HandOverStatus status;

    @Column(name = "target_id")
    Long targetId;

    @Column(name = "raised_by", nullable = false, length = 100)
    String raisedBy;

    @Column(name = "raised_at", nullable = false)
    LocalDateTime raisedAt;

    @Column(name = "handed_over_by", length = 100)
    String handedOverBy;

    @Column(name = "handed_over_at")
    LocalDateTime handedOverAt;

    @Column(name = "attempts", nullable = false)
    int attempts;

    @Column(name = "last_error", length = 500)
    String lastError;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    /** Where {@code column} of this row is stored, bound into its ciphertext; encrypt after {@code persist()}, which gives the id. */
    FieldContext cipherPlace(String column) {
        return FieldContext.of("xc_ivr_handover", column, id);
    }
}
