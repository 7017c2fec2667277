package org.xuncha.evaluation.internal.quality;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import org.xuncha.evaluation.api.Indicator;
import org.xuncha.evaluation.api.IndicatorSource;

/** Table {@code xc_evaluation_indicator}: an office's quality indicators, in order; none configured means the defaults. */
@Entity
@Table(name = "xc_evaluation_indicator")
public class IndicatorEntity {

    @Id
    @SequenceGenerator(name = "xc_evaluation_indicator_seq", sequenceName = "xc_evaluation_indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_evaluation_indicator_seq")
    Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    String divisionCode;

    @Column(name = "code", nullable = false, length = Indicator.CODE_MAX)
    String code;

    @Column(name = "name_zh", nullable = false, length = Indicator.NAME_MAX)
    String nameZh;

    @Column(name = "name_en", length = Indicator.NAME_MAX)
    String nameEn;

    @Column(name = "weight", nullable = false)
    int weight;

    @Column(name = "source_kind", nullable = false, length = 20)
    String source;

    @Column(name = "sort_order", nullable = false)
    int position;

    Indicator toValue() {
        return new Indicator(code, nameZh, nameEn, weight, IndicatorSource.valueOf(source));
    }
}
