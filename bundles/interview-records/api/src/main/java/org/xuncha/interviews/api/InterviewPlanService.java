package org.xuncha.interviews.api;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Interview plans. Plans are made by members of the group (group scope); the office leader reads
 * them. Every method checks the caller's permission and data scope. The outline library is
 * {@link OutlineTemplateService}.
 */
@ProviderType
public interface InterviewPlanService {

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
