package org.xuncha.evaluation.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.interviews.api.InterviewRecordService;
import org.xuncha.leadtransfer.api.ApprovedProblems;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.rectification.api.RectificationStatistics;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * The other modules this one reads, the only class that holds their services. Every reference is
 * dynamic, optional and greedy, so installing, updating or removing any of them never restarts a
 * component of this module: what needs round planning answers 503 {@code round_planning_unavailable}
 * meanwhile, and a computed indicator whose module is away says so on the sheet.
 */
@Component(service = Sources.class)
public class Sources {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoundDirectory directory;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile ApprovedProblems problems;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile InterviewRecordService interviews;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RectificationStatistics rectification;

    private final OtherModule<RoundDirectory> rounds = OtherModule.of("round-planning", () -> directory,
            "巡察规划模块未运行（可能正在更新），暂不能评估，请稍后重试", "The round planning module is not running (it may be being updated); evaluation can go on shortly");
    private final OtherModule<ApprovedProblems> leadTransfer = OtherModule.of("lead-transfer", () -> problems,
            "问题线索移交模块未安装", "The lead transfer module is not installed");
    private final OtherModule<InterviewRecordService> interviewRecords = OtherModule.of("interview-records", () -> interviews,
            "谈话记录模块未安装", "The interview records module is not installed");
    private final OtherModule<RectificationStatistics> ledgers = OtherModule.of("rectification", () -> rectification,
            "巡察整改模块未安装", "The rectification module is not installed");

    /** The other modules as given (unit tests); null for absent. */
    public static Sources of(RoundDirectory directory, ApprovedProblems problems, InterviewRecordService interviews,
                             RectificationStatistics rectification) {
        Sources s = new Sources();
        s.directory = directory;
        s.problems = problems;
        s.interviews = interviews;
        s.rectification = rectification;
        return s;
    }

    public OtherModule<RoundDirectory> rounds() {
        return rounds;
    }

    public OtherModule<ApprovedProblems> leadTransfer() {
        return leadTransfer;
    }

    public OtherModule<InterviewRecordService> interviewRecords() {
        return interviewRecords;
    }

    public OtherModule<RectificationStatistics> rectification() {
        return ledgers;
    }

    /** The round: 404 naming {@code roundId} if unknown, 403 if outside the caller's divisions or (group roles) rounds. */
    public RoundRef round(Caller caller, long roundId) {
        RoundRef round = rounds.ask(d -> d.round(roundId)).orElseThrow(() -> new ApiException(404, "not_found",
                "巡察轮次不存在：" + roundId, "Round not found: " + roundId,
                List.of(new FieldError("roundId", "not_found", "巡察轮次不存在：" + roundId, "Round not found: " + roundId))));
        if (!caller.scope().coversDivision(round.divisionCode()) || !caller.scope().coversRound(roundId)) {
            throw ApiException.outOfScope();
        }
        return round;
    }
}
