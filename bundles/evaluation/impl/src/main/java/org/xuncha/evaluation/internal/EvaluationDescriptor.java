package org.xuncha.evaluation.internal;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationEvents;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.TalkService;
import org.xuncha.evaluation.internal.todo.EvaluationTodo;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.TodoItem;
import org.xuncha.platform.api.UiEntry;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;

/** Tells the platform this module is here: its permissions, its pages, its figure for the dashboard. */
@Component(service = ModuleDescriptor.class)
public class EvaluationDescriptor extends AbstractModuleDescriptor {

    private final TalkService talks;
    private final EvaluationTodo todo;

    @Activate
    public EvaluationDescriptor(BundleContext context, @Reference TalkService talks, @Reference EvaluationTodo todo) {
        super(context, EvaluationEvents.MODULE, "评估", "Evaluation", ModuleLevel.BOTH);
        this.talks = talks;
        this.todo = todo;
    }

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(
                new PermissionDefinition(EvaluationPermissions.READ, "查看评分、排名、约谈与整改评估", "Read scores, rankings, talks and assessments",
                        Roles.with(Roles.OFFICE, Roles.COMMITTEE_LEADER)),
                new PermissionDefinition(EvaluationPermissions.SCORE, "为巡察组评分、发布排名", "Score groups and publish the ranking", Roles.OFFICE),
                new PermissionDefinition(EvaluationPermissions.CONFIGURE, "配置评估指标及权重", "Configure indicators and weights",
                        java.util.Set.of(Roles.OFFICE_LEADER)),
                new PermissionDefinition(EvaluationPermissions.TALK, "记录约谈情况", "Record talks", Roles.OFFICE),
                new PermissionDefinition(EvaluationPermissions.ASSESS, "整改评估", "Assess rectification", Roles.OFFICE));
    }

    @Override
    public List<UiEntry> uiEntries() {
        return List.of(page("sheet", "质量评分", "Quality scoring", "/evaluation/sheet", EvaluationPermissions.READ, 500, "EditPen"),
                page("ranking", "巡察组排名", "Group ranking", "/evaluation/ranking", EvaluationPermissions.READ, 501, "TrendCharts"),
                page("talks", "约谈记录", "Talks", "/evaluation/talks", EvaluationPermissions.READ, 502, "ChatDotRound"),
                page("assessments", "整改评估", "Rectification assessment", "/evaluation/assessments", EvaluationPermissions.READ, 503, "Medal"));
    }

    @Override
    public List<Statistic> statistics(Caller caller) {
        if (!caller.has(EvaluationPermissions.READ)) {
            return List.of();
        }
        return List.of(Statistic.of("evaluation.talks", "约谈记录", "Talk records", talks.talks(caller, null, PageRequest.first(1)).total())
                .withLink("/evaluation/talks"));
    }

    /** Rounds scored but not ranked, and talks opened by the ranking rule but not yet held. */
    @Override
    public List<TodoItem> todo(Caller caller) {
        return todo.items(caller);
    }
}
