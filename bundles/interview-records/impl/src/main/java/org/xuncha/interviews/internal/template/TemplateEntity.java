package org.xuncha.interviews.internal.template;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.CollectionTable;
import javax.persistence.EntityManager;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
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
import org.xuncha.interviews.api.OutlineTemplate;
import org.xuncha.interviews.api.Topic;

@Entity
@Table(name = "xc_ivr_template")
public class TemplateEntity {

    @Id
    @SequenceGenerator(name = "xc_ivr_template_seq", sequenceName = "xc_ivr_template_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "xc_ivr_template_seq")
    Long id;

    /** Set for the shipped templates, so seeding runs once. */
    @Column(name = "code", length = 50)
    String code;

    @Column(name = "name", nullable = false, length = 200)
    String name;

    @Column(name = "description", length = 1000)
    String description;

    @Column(name = "categories", length = 200)
    String categories;

    @Column(name = "built_in", nullable = false)
    boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "xc_ivr_template_topic", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "ord")
    List<TopicValue> topics = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 100)
    String createdBy;

    @Column(name = "created_at", nullable = false)
    LocalDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    static String categories(Set<IntervieweeCategory> categories) {
        return categories == null || categories.isEmpty() ? null
                : categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<IntervieweeCategory> categories(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        Set<IntervieweeCategory> result = EnumSet.noneOf(IntervieweeCategory.class);
        Arrays.stream(stored.split(",")).map(String::trim).map(IntervieweeCategory::valueOf).forEach(result::add);
        return result;
    }

    /** The topics of the template with that id, for a planned interview that starts from it; null if there is none. */
    public static List<Topic> topics(EntityManager em, long id) {
        TemplateEntity t = em.find(TemplateEntity.class, id);
        return t == null ? null : t.topics.stream().map(TopicValue::toValue).toList();
    }

    OutlineTemplate toValue() {
        return new OutlineTemplate(id, name, description, categories(categories),
                topics.stream().map(TopicValue::toValue).toList(), builtIn, version);
    }
}
