package org.xuncha.interviews.internal.template;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.OutlineTemplate;
import org.xuncha.interviews.api.OutlineTemplateService;
import org.xuncha.interviews.api.TemplateDraft;
import org.xuncha.interviews.api.Topic;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Limits;
import org.xuncha.interviews.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/** The outline library: seeds the shipped templates once, then keeps the office's own. */
@Component(service = OutlineTemplateService.class, immediate = true)
public class OutlineTemplateServiceImpl implements OutlineTemplateService {

    private static final String TYPE = "template";

    private final ModuleStore db;

    @Activate
    public OutlineTemplateServiceImpl(@Reference Store store) {
        this.db = store.db();
        seed();
    }

    /** Adds the shipped templates missing by code; an office's changes to its copies are never touched. */
    private void seed() {
        db.write(em -> {
            Set<String> present = Set.copyOf(em.createQuery("select t.code from TemplateEntity t where t.code is not null", String.class)
                    .getResultList());
            for (DefaultTemplates.Shipped s : DefaultTemplates.ALL) {
                if (!present.contains(s.code())) {
                    TemplateEntity e = new TemplateEntity();
                    e.code = s.code();
                    e.name = s.name();
                    e.description = s.description();
                    e.categories = TemplateEntity.categories(s.categories());
                    e.builtIn = true;
                    s.topics().forEach(t -> e.topics.add(new TopicValue(t)));
                    e.createdBy = "system:" + InterviewRecordsEvents.MODULE;
                    e.createdAt = db.now();
                    em.persist(e);
                }
            }
            return null;
        });
    }

    @Override
    public List<OutlineTemplate> templates(Caller caller) {
        caller.require(InterviewRecordsPermissions.TEMPLATE_READ);
        return db.read(em -> em.createQuery("select t from TemplateEntity t order by t.builtIn desc, t.id", TemplateEntity.class)
                .getResultList().stream().map(TemplateEntity::toValue).toList());
    }

    @Override
    public OutlineTemplate template(Caller caller, long id) {
        caller.require(InterviewRecordsPermissions.TEMPLATE_READ);
        return db.read(em -> find(em, id).toValue());
    }

    @Override
    public OutlineTemplate createTemplate(Caller caller, TemplateDraft draft) {
        caller.require(InterviewRecordsPermissions.TEMPLATE_WRITE);
        List<Topic> topics = check(InterviewRules.body(draft));
        return db.write(em -> {
            TemplateEntity e = new TemplateEntity();
            e.builtIn = false;
            e.createdBy = caller.username();
            e.createdAt = db.now();
            apply(e, draft, topics);
            em.persist(e);
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, TYPE, e.id, "新增谈话提纲模板");
            return e.toValue();
        });
    }

    @Override
    public OutlineTemplate updateTemplate(Caller caller, long id, TemplateDraft draft) {
        caller.require(InterviewRecordsPermissions.TEMPLATE_WRITE);
        List<Topic> topics = check(InterviewRules.body(draft));
        return db.write(em -> {
            TemplateEntity e = find(em, id);
            if (e.builtIn) {
                throw ApiException.conflict("built_in", "内置模板不能修改，请新建模板后调整", "Built-in templates cannot be changed; create a new one");
            }
            InterviewRules.checkVersion(draft.version(), e.version);
            apply(e, draft, topics);
            em.flush();
            db.audit(em, caller, AuditAction.UPDATE, TYPE, e.id, "修改谈话提纲模板");
            return e.toValue();
        });
    }

    private static List<Topic> check(TemplateDraft d) {
        Checks checks = new Checks().required("name", InterviewRules.trim(d.name()), "模板名称", "name")
                .maxLength("name", d.name(), Limits.TITLE, "模板名称", "name")
                .maxLength("description", d.description(), Limits.DESCRIPTION, "说明", "description")
                .check(d.categories() != null && d.categories().stream().anyMatch(Objects::isNull), "categories", "invalid",
                        "适用对象类别不能为空值", "A category must not be null")
                .required("topics", d.topics(), "谈话提纲题目", "topics");
        List<Topic> topics = InterviewRules.topics("topics", d.topics(), checks);
        checks.throwIfInvalid();
        return topics;
    }

    private static void apply(TemplateEntity e, TemplateDraft d, List<Topic> topics) {
        e.name = d.name().trim();
        e.description = InterviewRules.trim(d.description());
        e.categories = TemplateEntity.categories(d.categories());
        e.topics.clear();
        topics.forEach(t -> e.topics.add(new TopicValue(t)));
    }

    private static TemplateEntity find(EntityManager em, long id) {
        TemplateEntity e = em.find(TemplateEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("谈话提纲模板", "outline template", id);
        }
        return e;
    }
}
