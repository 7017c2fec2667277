package org.xuncha.roundplanning.internal.round;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EntityManager;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderBy;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.PlanStatus;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;

@Entity
@Table(name = "xc_rp_round")
public class RoundEntity {

    @Id
    @SequenceGenerator(name = "xc_rp_round_seq", sequenceName = "xc_rp_round_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_rp_round_seq")
    public Long id;

    @Column(name = "term_id", nullable = false)
    public long termId;

    @Column(name = "round_number", nullable = false)
    public int number;

    @Column(name = "name", nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "round_type", nullable = false, length = 20)
    public RoundType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    public Stage stage;

    @Column(name = "stage_since")
    public LocalDate stageSince;

    @Column(name = "division_code", nullable = false, length = 12)
    public String divisionCode;

    @Column(name = "planned_start")
    public LocalDate plannedStart;

    @Column(name = "planned_end")
    public LocalDate plannedEnd;

    @Column(name = "actual_start")
    public LocalDate actualStart;

    @Column(name = "actual_end")
    public LocalDate actualEnd;

    @Column(name = "feedback_date")
    public LocalDate feedbackDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "plan_status", nullable = false, length = 30)
    public PlanStatus planStatus;

    @Column(name = "description", length = 4000)
    public String description;

    @Column(name = "created_by", nullable = false, length = 100)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public LocalDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "xc_rp_round_priority", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "priority_id")
    public Set<Long> priorityIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "xc_rp_round_topic", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "topic", length = 200)
    @OrderBy
    public List<String> topics = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    public Round toValue(boolean amendmentOpen, int targetCount, int groupCount) {
        return new Round(id, termId, number, name, type, stage, stageSince, divisionCode, plannedStart, plannedEnd, actualStart,
                actualEnd, feedbackDate, planStatus, amendmentOpen, description, priorityIds, topics, targetCount, groupCount, version);
    }

    /** @throws ApiException 404 for an unknown id */
    public static RoundEntity load(EntityManager em, long id) {
        RoundEntity r = em.find(RoundEntity.class, id);
        if (r == null) {
            throw ApiException.notFound("巡察轮次", "round", id);
        }
        return r;
    }

    /** The round is in the caller's division scope and, for group roles, one of their own; else 403. */
    public RoundEntity requireVisibleTo(Caller caller) {
        caller.requireDivision(divisionCode);
        if (!caller.scope().coversRound(id)) {
            throw ApiException.outOfScope();
        }
        return this;
    }

    /** First day of fieldwork: actual if known, else planned. */
    public LocalDate fieldStart() {
        return actualStart != null ? actualStart : plannedStart;
    }

    /** Last day of fieldwork: actual if known, else planned. */
    public LocalDate fieldEnd() {
        return actualEnd != null ? actualEnd : plannedEnd;
    }
}
