package org.xuncha.evaluation.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.Grade;
import org.xuncha.evaluation.api.RoundAssessment;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.evaluation.internal.assessment.AssessmentServiceImpl;
import org.xuncha.evaluation.internal.quality.QualityServiceImpl;
import org.xuncha.platform.api.security.Caller;

/** What the ranking and assessment notices are written from: the stored records only, never a live computation. */
@Component(service = EvaluationReports.class)
public class EvaluationReportsImpl implements EvaluationReports {

    private final QualityServiceImpl quality;
    private final AssessmentServiceImpl assessments;

    @Activate
    public EvaluationReportsImpl(@Reference QualityServiceImpl quality, @Reference AssessmentServiceImpl assessments) {
        this.quality = quality;
        this.assessments = assessments;
    }

    @Override
    public Optional<RoundRanking> ranking(Caller caller, long roundId) {
        return quality.ranking(caller, roundId);
    }

    @Override
    public RoundAssessment assessment(Caller caller, long roundId) {
        List<Assessment> list = assessments.assessments(caller, roundId);
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, list.stream().filter(a -> a.grade() == g).count());
        }
        return new RoundAssessment(roundId, list, grades, list.stream().filter(Assessment::typicalCase).toList());
    }
}
