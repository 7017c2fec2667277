package org.xuncha.leadtransfer.internal.problem;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "xc_lt_category")
public class CategoryEntity {

    @Id
    @Column(name = "code", length = 40)
    String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    String nameZh;

    @Column(name = "name_en", length = 100)
    String nameEn;

    @Column(name = "parent_code", length = 40)
    String parentCode;

    @Column(name = "sort_order", nullable = false)
    int sortOrder;

    @Column(name = "active", nullable = false)
    boolean active;

    Taxonomy.Category toValue() {
        return new Taxonomy.Category(code, nameZh, nameEn, parentCode, sortOrder, active);
    }
}
