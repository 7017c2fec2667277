package org.xuncha.personnelpools.internal.profile;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.xuncha.personnelpools.api.Profile;

/** A row of {@code xc_personnel_pools_availability}. */
@Embeddable
public class AvailabilityRow {

    @Column(name = "from_date", nullable = false)
    public LocalDate from;

    @Column(name = "to_date", nullable = false)
    public LocalDate to;

    Profile.Availability toValue() {
        return new Profile.Availability(from, to);
    }
}
