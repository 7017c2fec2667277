package org.xuncha.personnelpools.internal.profile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.RankedGroup;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.secondment.Rounds;
import org.xuncha.personnelpools.internal.secondment.SecondmentEntity;
import org.xuncha.personnelpools.internal.secondment.SecondmentRecords;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.Term;

/**
 * A person's service record for the profile (一人一档): the rounds they served in — a seat in one of
 * round planning's groups in a term the caller sees, or a secondment recorded here — each with their
 * group's place in the round's published quality ranking when the evaluation module is installed.
 * Evaluation is read through its API by an optional, dynamic reference: absent (or the caller may not
 * read it), the record says so and lists the rounds alone; installing or removing it restarts nothing.
 */
@Component(service = ServiceRecord.class)
public class ServiceRecord {

    /** Whether the evaluation results could be shown. */
    public enum Evaluations { SHOWN, NOT_INSTALLED, NOT_PERMITTED }

    /** The group's place in the round's published ranking. */
    public record Evaluation(int rank, int groups, double total, LocalDateTime publishedAt) {
    }

    /** A round served; {@code evaluation} null when not shown or not published. */
    public record ServedRound(long roundId, String roundName, Long groupId, String groupName, LocalDate fieldStart, LocalDate fieldEnd,
                              Evaluation evaluation) {
    }

    public record Record(long personId, List<ServedRound> rounds, Evaluations evaluations) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile EvaluationReports evaluation;

    private final OtherModule<EvaluationReports> evaluationModule = OtherModule.of("evaluation", () -> evaluation,
            "巡察工作质量评估模块未安装，档案中不显示评估结果", "The evaluation module is not installed; the profile shows no evaluation results");
    private final Rounds rounds;
    private final SecondmentRecords secondments;
    private final ReferenceDataService reference;

    @Activate
    public ServiceRecord(@Reference Rounds rounds, @Reference SecondmentRecords secondments, @Reference ReferenceDataService reference) {
        this.rounds = rounds;
        this.secondments = secondments;
        this.reference = reference;
    }

    /** The record of a person the caller may see: 404 on {@code personId} otherwise. */
    public Record of(Caller caller, long personId) {
        caller.require(PersonnelPoolsPermissions.READ);
        if (reference.person(caller, personId).isEmpty()) {
            throw new ApiException(404, "not_found", "人员不存在：" + personId, "No such person: " + personId,
                    List.of(new FieldError("personId", "not_found", "人员不存在：" + personId, "No such person: " + personId)));
        }
        List<ServedRound> served = new ArrayList<>();
        Map<Long, RoundRef> seen = new HashMap<>();
        PageRequest all = new PageRequest(1, PageRequest.MAX_SIZE, List.of());
        for (Term term : rounds.planning(p -> p.terms(caller, null, all)).items()) {
            for (RoundRef r : rounds.directory(d -> d.roundsOfTerm(term.id()))) {
                for (GroupRef g : rounds.directory(d -> d.groupsOfRound(r.id()))) {
                    if (g.members().stream().anyMatch(m -> m.personId() == personId)) {
                        seen.put(r.id(), r);
                        served.add(new ServedRound(r.id(), r.name(), g.id(), g.name(), r.fieldStart(), r.fieldEnd(), null));
                    }
                }
            }
        }
        for (SecondmentEntity s : secondments.of(List.of(personId))) {
            if (served.stream().noneMatch(r -> r.roundId() == s.roundId && (s.groupId == null || Objects.equals(r.groupId(), s.groupId)))) {
                Optional<RoundRef> r = rounds.directory(d -> d.round(s.roundId));
                served.add(new ServedRound(s.roundId, r.map(RoundRef::name).orElse("轮次" + s.roundId), s.groupId, null, s.fieldStart, s.fieldEnd, null));
            }
        }
        served.sort(java.util.Comparator.comparing(ServedRound::fieldStart, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        if (!evaluationModule.present()) {
            return new Record(personId, served, Evaluations.NOT_INSTALLED);
        }
        if (!caller.has(EvaluationPermissions.READ)) {
            return new Record(personId, served, Evaluations.NOT_PERMITTED);
        }
        try {
            return new Record(personId, withRankings(caller, served), Evaluations.SHOWN);
        } catch (ApiException e) {
            if (e.status() == 503) { // evaluation went away meanwhile
                return new Record(personId, served, Evaluations.NOT_INSTALLED);
            }
            throw e;
        }
    }

    private List<ServedRound> withRankings(Caller caller, List<ServedRound> served) {
        Map<Long, Optional<RoundRanking>> rankings = new HashMap<>();
        List<ServedRound> out = new ArrayList<>();
        for (ServedRound s : served) {
            Optional<RoundRanking> ranking = rankings.computeIfAbsent(s.roundId(), id -> ranking(caller, id));
            Evaluation e = ranking.flatMap(r -> r.groups().stream().filter(g -> Objects.equals(g.groupId(), s.groupId())).findFirst()
                    .map(g -> evaluation(r, g))).orElse(null);
            out.add(new ServedRound(s.roundId(), s.roundName(), s.groupId(), s.groupName(), s.fieldStart(), s.fieldEnd(), e));
        }
        return out;
    }

    /** The round's published ranking; none for a round evaluation will not show the caller (a secondment to another office's round). */
    private Optional<RoundRanking> ranking(Caller caller, long roundId) {
        try {
            return evaluationModule.ask(ev -> ev.ranking(caller, roundId));
        } catch (ApiException e) {
            if (e.status() == 403 || e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Evaluation evaluation(RoundRanking r, RankedGroup g) {
        return new Evaluation(g.rank(), r.groups().size(), g.total(), r.publishedAt());
    }
}
