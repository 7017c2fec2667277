package org.xuncha.personnelpools.internal.training;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.xuncha.personnelpools.api.Training;

/** A row of {@code xc_personnel_pools_attendance}: an invitee or walk-in, signed in or not. */
@Embeddable
public class AttendanceRow {

    @Column(name = "person_id", nullable = false)
    public long personId;

    @Column(name = "person_name", nullable = false, length = 100)
    public String personName;

    @Column(name = "invited", nullable = false)
    public boolean invited;

    @Column(name = "signed_in_at")
    public LocalDateTime signedInAt;

    @Column(name = "signed_in_by", length = 100)
    public String signedInBy;

    static AttendanceRow of(long personId, String name, boolean invited) {
        AttendanceRow r = new AttendanceRow();
        r.personId = personId;
        r.personName = name;
        r.invited = invited;
        return r;
    }

    Training.Attendee toValue() {
        return new Training.Attendee(personId, personName, invited, signedInAt, signedInBy);
    }
}
