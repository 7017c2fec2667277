package org.xuncha.rectification.internal.letter;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.platform.api.security.FieldContext;

/** Table {@code xc_rectification_letter}: a 巡察建议书 to a department and its reply; the content is stored encrypted. */
@Entity
@Table(name = "xc_rectification_letter")
public class LetterEntity {

    @Id
    @SequenceGenerator(name = "xc_rectification_letter_seq", sequenceName = "xc_rectification_letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rectification_letter_seq")
    public Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "round_id")
    public Long roundId;

    @Column(name = "department", nullable = false, length = LetterService.DEPARTMENT_MAX)
    public String department;

    @Column(name = "title", nullable = false, length = LetterService.TITLE_MAX)
    public String title;

    /** Ciphertext of at most {@link LetterService#CONTENT_MAX} characters. */
    @Column(name = "content", length = 24000)
    public String content;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "reply_due")
    public LocalDate replyDue;

    @Column(name = "replied_on")
    public LocalDate repliedOn;

    @Column(name = "reply", length = LetterService.REPLY_MAX)
    public String reply;

    @Column(name = "recorded_by", nullable = false, length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public LocalDateTime recordedAt;

    FieldContext place() {
        return FieldContext.of("xc_rectification_letter", "content", id);
    }
}
