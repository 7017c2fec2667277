package org.xuncha.leadtransfer.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.TermRef;

/**
 * Terms, rounds and groups, from the round-planning module: the only class of lead transfer that
 * holds round planning's {@link RoundDirectory}. The reference is dynamic, optional and greedy, so
 * updating or stopping round planning never deactivates a component of this module: while it is
 * away, work that needs rounds (placing a new problem, lead, surrender, joint operation or
 * consultation, the shared calendar, figures and ledger named by round) answers 503
 * {@code round_planning_unavailable}, and reading what is stored goes on.
 */
@Component(service = Rounds.class)
public class Rounds {

    /** Round planning while it is there: SCR sets the field when it comes and clears it when it goes. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoundDirectory directory;

    /** The platform kit's plumbing for another module's service: the 503 while it is away, the same in every module. */
    private final OtherModule<RoundDirectory> planning = OtherModule.of("round-planning", () -> directory,
            "巡察规划模块未运行（可能正在更新），暂不能办理需要巡察轮次的事项，请稍后重试",
            "The round planning module is not running (it may be being updated); work that needs rounds can be done again shortly");

    /** Round planning, when it is there (unit tests pass an in-memory directory, or null for none). */
    public static Rounds of(RoundDirectory directory) {
        Rounds rounds = new Rounds();
        rounds.directory = directory;
        return rounds;
    }

    /**
     * Asks round planning: 503 {@code round_planning_unavailable} while it is away, and when a call
     * fails because it went away meanwhile.
     */
    public <R> R ask(Function<RoundDirectory, R> question) {
        return planning.ask(question);
    }

    /** 503 unless round planning is there: for work that will need it further on. */
    public void requireAvailable() {
        planning.requireAvailable();
    }

    /**
     * The round named by {@code roundId}: 400 on that field if it does not exist, 403 naming it if
     * it is outside the caller's divisions or (for group roles) rounds.
     */
    public RoundRef round(Caller caller, long roundId) {
        RoundRef round = ask(d -> d.round(roundId)).orElseThrow(() -> notFound("roundId", "巡察轮次不存在：" + roundId, "round not found: " + roundId));
        if (!caller.scope().coversDivision(round.divisionCode()) || !caller.scope().coversRound(roundId)) {
            throw outOfScope("roundId", "该巡察轮次不在您的管辖范围内", "the round is outside your scope");
        }
        return round;
    }

    /** The term named by {@code field}: 400 if it does not exist, 403 naming the field if it is outside the caller's divisions. */
    public TermRef term(Caller caller, String field, long termId) {
        TermRef term = ask(d -> d.term(termId)).orElseThrow(() -> notFound(field, "届次不存在：" + termId, "term not found: " + termId));
        if (!caller.scope().coversDivision(term.divisionCode())) {
            throw outOfScope(field, "该届次不在您的管辖范围内", "the term is outside your scope");
        }
        return term;
    }

    /**
     * Where a new problem, lead or finding belongs: the round exists and is the caller's, the group
     * belongs to it and the unit is one of the group's targets, and a group role works in that group.
     *
     * @param fallback the round's start when round planning has no fieldwork dates for it
     */
    public Placement place(Caller caller, Long roundId, Long groupId, Long unitId, LocalDate fallback) {
        new Checks().required("roundId", roundId, "巡察轮次", "round").required("groupId", groupId, "巡察组", "group")
                .required("unitId", unitId, "被巡察单位", "unit").throwIfInvalid();
        RoundRef round = round(caller, roundId);
        GroupRef group = ask(d -> d.group(groupId)).orElse(null);
        new Checks()
                .check(group == null, "groupId", "not_found", "巡察组不存在：" + groupId, "group not found: " + groupId)
                .check(group != null && group.roundId() != roundId, "groupId", "invalid", "该巡察组不属于此轮巡察",
                        "the group does not belong to this round")
                .check(group != null && group.roundId() == roundId && !group.targetUnitIds().contains(unitId), "unitId", "invalid",
                        "该单位不是此巡察组的巡察对象", "the unit is not a target of this group")
                .throwIfInvalid();
        if (!caller.scope().coversGroup(groupId)) {
            throw outOfScope("groupId", "您不在该巡察组", "you do not work in this group");
        }
        return new Placement(round.divisionCode(), round.termId(), roundId, groupId, unitId,
                round.fieldStart() != null ? round.fieldStart() : fallback);
    }

    /** Round and group names as round planning gives them, {@code #id} for one it does not know. */
    public record Names(Map<Long, String> rounds, Map<Long, String> groups) {
        public String round(long id) {
            return rounds.getOrDefault(id, "#" + id);
        }

        public String group(long id) {
            return groups.getOrDefault(id, "#" + id);
        }
    }

    /** The names of these rounds and groups, in one call to round planning: 503 while it is away (a file never lists bare ids). */
    public Names names(Collection<Long> roundIds, Collection<Long> groupIds) {
        Map<Long, String> roundNames = new HashMap<>();
        Map<Long, String> groupNames = new HashMap<>();
        ask(d -> {
            roundIds.forEach(id -> roundNames.computeIfAbsent(id, r -> d.round(r).map(RoundRef::name).orElse("#" + r)));
            groupIds.forEach(id -> groupNames.computeIfAbsent(id, g -> d.group(g).map(GroupRef::name).orElse("#" + g)));
            return null;
        });
        return new Names(roundNames, groupNames);
    }

    /** The group of the round that inspects the unit: 400 on {@code unitId} if none does. */
    public GroupRef groupForTarget(long roundId, long unitId) {
        return ask(d -> d.groupForTarget(roundId, unitId)).orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("unitId", "invalid", "该单位不是本轮巡察对象", "the unit is not a target of the round"))));
    }

    /** A group of the round, named by {@code field}: 400 if it does not exist or belongs to another round. */
    public GroupRef groupOf(long roundId, String field, long groupId) {
        GroupRef group = ask(d -> d.group(groupId)).orElseThrow(() -> notFound(field, "巡察组不存在：" + groupId, "group not found: " + groupId));
        if (group.roundId() != roundId) {
            throw ApiException.validation(List.of(new FieldError(field, "invalid", "该巡察组不属于此轮巡察", "the group does not belong to this round")));
        }
        return group;
    }

    private static ApiException notFound(String field, String zh, String en) {
        return ApiException.validation(List.of(new FieldError(field, "not_found", zh, en)));
    }

    /** 403 {@code out_of_scope}, naming the field that refers to what the caller may not touch. */
    public static ApiException outOfScope(String field, String zh, String en) {
        return new ApiException(403, "out_of_scope", "超出您的数据范围：" + zh, "Outside your data scope: " + en,
                List.of(new FieldError(field, "out_of_scope", zh, en)));
    }
}
