package org.xuncha.interviews.internal.record;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import org.xuncha.interviews.api.SignatureStatus;

/** An interviewer of a record and whether they signed. */
@Embeddable
public class InterviewerValue {

    @Column(name = "person_id", nullable = false)
    long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature", nullable = false, length = 20)
    SignatureStatus signature;

    protected InterviewerValue() {
    }

    InterviewerValue(long personId, SignatureStatus signature) {
        this.personId = personId;
        this.signature = signature;
    }
}
