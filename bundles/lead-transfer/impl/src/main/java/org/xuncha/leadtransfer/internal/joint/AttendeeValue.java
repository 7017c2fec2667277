package org.xuncha.leadtransfer.internal.joint;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/** Someone at a consultation: a cadre from reference data (person id) or a name and organisation. */
@Embeddable
public class AttendeeValue {

    @Column(name = "person_id")
    Long personId;

    @Column(name = "name", length = 100)
    String name;

    @Column(name = "organisation", length = 100)
    String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    AttendeeRole role;

    public AttendeeValue() {
    }

    AttendeeValue(Long personId, String name, String organisation, AttendeeRole role) {
        this.personId = personId;
        this.name = name;
        this.organisation = organisation;
        this.role = role;
    }
}
