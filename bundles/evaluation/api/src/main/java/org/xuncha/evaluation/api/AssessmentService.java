package org.xuncha.evaluation.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/** Rectification assessment (一轮一评估): a score and grade per round and unit, typical cases named. */
@ProviderType
public interface AssessmentService {

    /** The assessments of a round in the caller's scope, by unit. */
    List<Assessment> assessments(Caller caller, long roundId);

    /** How many assessments the caller may see. */
    long count(Caller caller);

    /**
     * Assesses a unit the round inspects (replacing an earlier assessment), with the unit's
     * rectification figures when the rectification module is installed. Audited.
     */
    Assessment assess(Caller caller, AssessmentDraft draft);
}
