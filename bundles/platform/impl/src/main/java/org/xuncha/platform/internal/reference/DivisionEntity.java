package org.xuncha.platform.internal.reference;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;

@Entity
@Table(name = "xc_division")
public class DivisionEntity {

    @Id
    @Column(name = "code", length = 12)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", length = 100)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_name", nullable = false, length = 10)
    private DivisionLevel level;

    @Column(name = "parent_code", length = 12)
    private String parentCode;

    protected DivisionEntity() {
    }

    DivisionEntity(String code) {
        this.code = code;
    }

    void apply(Division d) {
        nameZh = d.nameZh().trim();
        nameEn = UnitEntity.blankToNull(d.nameEn());
        level = d.level();
        parentCode = UnitEntity.blankToNull(d.parentCode());
    }

    Division toValue() {
        return new Division(code, nameZh, nameEn, level, parentCode);
    }
}
