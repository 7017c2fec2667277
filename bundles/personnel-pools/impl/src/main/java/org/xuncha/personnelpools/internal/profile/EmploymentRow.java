package org.xuncha.personnelpools.internal.profile;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import org.xuncha.personnelpools.api.Profile;

/** A row of {@code xc_personnel_pools_employment}. */
@Embeddable
public class EmploymentRow {

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(name = "from_year", nullable = false)
    public int fromYear;

    @Column(name = "to_year")
    public Integer toYear;

    Profile.Employment toValue() {
        return new Profile.Employment(unitId, fromYear, toYear);
    }
}
