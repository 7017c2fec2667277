package org.xuncha.platform.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.reference.Unit;

@Entity
@Table(name = "xc_unit")
public class UnitEntity {

    @Id
    @SequenceGenerator(name = "xc_unit_seq", sequenceName = "xc_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_unit_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "division_code", nullable = false, length = 12)
    private String divisionCode;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "field_name", length = 50)
    private String field;

    @Column(name = "sector_name", length = 50)
    private String sector;

    @Column(name = "system_name", length = 50)
    private String system;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** 不列为巡察对象: kept in the reference data, left out of every coverage. */
    @Column(name = "not_inspection_target", nullable = false)
    private boolean notInspectionTarget;

    @Version
    @Column(name = "version")
    private Long version;

    void apply(Unit u) {
        code = u.code().trim();
        name = u.name().trim();
        divisionCode = u.divisionCode();
        parentId = u.parentId();
        field = blankToNull(u.field());
        sector = blankToNull(u.sector());
        system = blankToNull(u.system());
        active = u.active();
        if (u.notInspectionTarget() != null) {
            notInspectionTarget = u.notInspectionTarget(); // unsaid: unchanged (false for a new unit)
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    Long parentId() {
        return parentId;
    }

    String divisionCode() {
        return divisionCode;
    }

    Long version() {
        return version;
    }

    Unit toValue() {
        return new Unit(id, code, name, divisionCode, parentId, field, sector, system, active, version, notInspectionTarget);
    }
}
