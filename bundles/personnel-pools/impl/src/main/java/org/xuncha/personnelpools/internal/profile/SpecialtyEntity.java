package org.xuncha.personnelpools.internal.profile;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.personnelpools.api.Specialty;

/** Table {@code xc_personnel_pools_specialty}: the vocabulary; rows without a division are built in. */
@Entity
@Table(name = "xc_personnel_pools_specialty")
public class SpecialtyEntity {

    public static final int NAME_EN_MAX = 60;

    @Id
    @SequenceGenerator(name = "xc_personnel_pools_specialty_seq", sequenceName = "xc_personnel_pools_specialty_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_personnel_pools_specialty_seq")
    public Long id;

    @Column(name = "name", nullable = false, length = Specialty.NAME_MAX)
    public String name;

    @Column(name = "name_en", length = NAME_EN_MAX)
    public String nameEn;

    @Column(name = "division_code", length = 12)
    public String divisionCode;

    Specialty toValue() {
        return new Specialty(name, nameEn, divisionCode);
    }
}
