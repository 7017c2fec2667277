package org.xuncha.roundplanning.internal.term;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.roundplanning.api.Term;

@Entity
@Table(name = "xc_rp_term")
public class TermEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_term_seq", sequenceName = "xc_rp_term_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_term_seq")
    public Long id;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public Term toValue() {
        return new Term(id, name, divisionCode, startDate, endDate, version);
    }

    /** @throws ApiException 404 for an unknown id */
    public static TermEntity load(EntityManager em, long id) {
        TermEntity t = em.find(TermEntity.class, id);
        if (t == null) {
            throw ApiException.notFound("届", "term", id);
        }
        return t;
    }
}
