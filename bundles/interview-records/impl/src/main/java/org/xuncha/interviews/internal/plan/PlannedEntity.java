package org.xuncha.interviews.internal.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;
import javax.persistence.Version;

import org.xuncha.interviews.api.IntervieweeCategory;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.template.TopicValue;
import org.xuncha.platform.api.security.FieldContext;

/** One planned interview. Round, group, unit and division repeat the plan's, for the checks and statistics. */
@Entity
@Table(name = "xc_ivr_planned")
public class PlannedEntity extends ScopedEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_planned_seq", sequenceName = "xc_ivr_planned_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_planned_seq")
    Long id;

    @Column(name = "plan_id", nullable = false)
    long planId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    IntervieweeCategory category;

    @Column(name = "person_id")
    Long personId;

    /** The interviewee's name, encrypted; for persons in reference data it is their name as it was when planned. */
    @Column(name = "name_enc", length = 1000)
    String nameEnc;

    @Column(name = "post", length = 200)
    String post;

    @Column(name = "template_id")
    Long templateId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_ivr_planned_topic", joinColumns = @JoinColumn(name = "planned_id"))
    @OrderColumn(name = "ord")
    List<TopicValue> topics = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_ivr_planned_interviewer", joinColumns = @JoinColumn(name = "planned_id"))
    @OrderColumn(name = "ord")
    @Column(name = "person_id", nullable = false)
    List<Long> interviewerIds = new ArrayList<>();

    @Column(name = "recorder_id", nullable = false)
    long recorderId;

    @Column(name = "scheduled_at", nullable = false)
    LocalDateTime scheduledAt;

    @Column(name = "place", nullable = false, length = 200)
    String place;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    PlannedStatus status;

    @Column(name = "record_id")
    Long recordId;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    boolean coversMandatoryTopic() {
        return topics.stream().anyMatch(t -> t.toValue().mandatory());
    }

    /** Where {@code column} of this row is stored, bound into its ciphertext; encrypt after {@code persist()}, which gives the id. */
    FieldContext cipherPlace(String column) {
        return FieldContext.of("xc_ivr_planned", column, id);
    }
}
