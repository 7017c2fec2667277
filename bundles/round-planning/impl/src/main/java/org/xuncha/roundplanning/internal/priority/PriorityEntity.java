package org.xuncha.roundplanning.internal.priority;

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
import org.xuncha.roundplanning.api.Priority;

@Entity
@Table(name = "xc_rp_priority")
public class PriorityEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_priority_seq", sequenceName = "xc_rp_priority_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_priority_seq")
    public Long id;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Column(name = "source_meeting", length = 200)
    public String sourceMeeting;

    @Column(name = "source_date")
    public LocalDate sourceDate;

    @Column(name = "description", length = 2000)
    public String description;

    @Column(name = "active", nullable = false)
    public boolean active;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public Priority toValue() {
        return new Priority(id, divisionCode, name, sourceMeeting, sourceDate, description, active, version);
    }

    /** @throws ApiException 404 for an unknown id */
    public static PriorityEntity load(EntityManager em, long id) {
        PriorityEntity p = em.find(PriorityEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("中心工作", "priority", id);
        }
        return p;
    }
}
