package org.xuncha.personnelpools.internal.profile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.personnelpools.api.Specialty;

/** Table {@code xc_personnel_pools_profile} and its lists: one per person, whatever pools they are in. */
@Entity
@Table(name = "xc_personnel_pools_profile")
public class ProfileEntity {

    @Id
    @Column(name = "person_id")
    public Long personId;

    /** The division of the person's unit: the profile's scope. */
    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "case_open", nullable = false)
    public boolean caseOpen;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_personnel_pools_profile_specialty", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "name", nullable = false, length = Specialty.NAME_MAX)
    public List<String> specialties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_personnel_pools_employment", joinColumns = @JoinColumn(name = "person_id"))
    public List<EmploymentRow> history = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_personnel_pools_relative", joinColumns = @JoinColumn(name = "person_id"))
    public List<RelativeRow> relatives = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_personnel_pools_availability", joinColumns = @JoinColumn(name = "person_id"))
    public List<AvailabilityRow> availability = new ArrayList<>();

    @Column(name = "updated_by", nullable = false, length = 100)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;
}
