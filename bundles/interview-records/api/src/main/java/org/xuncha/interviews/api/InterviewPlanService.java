package org.xuncha.interviews.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Outline templates and interview plans. Plans are made by members of the group (group scope); the
 * office leader reads them. Every method checks the caller's permission and data scope.
 */
@ProviderType
public interface InterviewPlanService {

    /** The library, built-in templates first. */
    List<OutlineTemplate> templates(Caller caller);

    OutlineTemplate template(Caller caller, long id);

    OutlineTemplate createTemplate(Caller caller, TemplateDraft draft);

    /** @throws org.xuncha.platform.api.rest.ApiException 409 for a built-in template */
    OutlineTemplate updateTemplate(Caller caller, long id, TemplateDraft draft);

    Page<InterviewPlan> plans(Caller caller, PlanQuery query, PageRequest page);

    InterviewPlan plan(Caller caller, long id);

    InterviewPlan createPlan(Caller caller, PlanDraft draft);

    InterviewPlan updatePlan(Caller caller, long id, PlanEdit edit);

    PlannedInterview addInterview(Caller caller, long planId, PlannedInterviewDraft draft);

    PlannedInterview updateInterview(Caller caller, long planId, long interviewId, PlannedInterviewDraft draft);

    /** @throws org.xuncha.platform.api.rest.ApiException 409 once a record refers to it (cancel it instead) */
    void removeInterview(Caller caller, long planId, long interviewId);

    /** The mandatory-topic check for a unit of a round, across all plans made for it. */
    MandatoryTopicCheck missingTopics(Caller caller, long roundId, long unitId);
}
