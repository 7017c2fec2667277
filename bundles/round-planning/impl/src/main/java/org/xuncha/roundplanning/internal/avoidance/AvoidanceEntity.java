package org.xuncha.roundplanning.internal.avoidance;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.roundplanning.api.Avoidance;

@Entity
@Table(name = "xc_rp_avoidance")
public class AvoidanceEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_avoidance_seq", sequenceName = "xc_rp_avoidance_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_avoidance_seq")
    public Long id;

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    public Avoidance.Kind kind;

    /** SM4 ciphertext through the platform's FieldCipher: names of relatives are personal data. */
    @Column(name = "note_cipher", length = 4000)
    public String noteCipher;

    @Column(name = "declared_by", nullable = false, length = 100)
    public String declaredBy;

    @Column(name = "declared_at", nullable = false)
    public LocalDateTime declaredAt;

    /** Where the note's ciphertext is stored, bound into it: a note copied to another declaration does not decrypt. */
    public FieldContext notePlace() {
        return FieldContext.of("xc_rp_avoidance", "note_cipher", id);
    }
}
