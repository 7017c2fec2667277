package org.xuncha.platform.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.reference.Person;

@Entity
@Table(name = "xc_person")
public class PersonEntity {

    @Id
    @SequenceGenerator(name = "xc_person_seq", sequenceName = "xc_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_person_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "post", length = 100)
    private String post;

    @Column(name = "rank_name", length = 30)
    private String rank;

    @Enumerated(EnumType.STRING)
    @Column(name = "leadership", nullable = false, length = 20)
    private Person.Leadership leadership;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Version
    @Column(name = "version")
    private Long version;

    void apply(Person p) {
        name = p.name().trim();
        unitId = p.unitId();
        post = UnitEntity.blankToNull(p.post());
        rank = UnitEntity.blankToNull(p.rank());
        leadership = p.leadership() == null ? Person.Leadership.STAFF : p.leadership();
        active = p.active();
    }

    Long id() {
        return id;
    }

    Long unitId() {
        return unitId;
    }

    Long version() {
        return version;
    }

    String name() {
        return name;
    }

    Person toValue(String divisionCode) {
        return new Person(id, name, unitId, post, rank, leadership, divisionCode, active, version);
    }
}
