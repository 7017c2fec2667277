package org.xuncha.rectification.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Rounds from the round-planning module: the only class here that holds its {@link RoundDirectory}.
 * The reference is dynamic, optional and greedy, so updating or stopping round planning never
 * deactivates this module: opening a ledger (which needs the round's feedback date and group) then
 * answers 503 {@code round_planning_unavailable}, and everything already stored keeps working.
 */
@Component(service = Rounds.class)
public class Rounds {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoundDirectory directory;

    /** Round planning when it is there (unit tests pass an in-memory directory, or null for none). */
    public static Rounds of(RoundDirectory directory) {
        Rounds rounds = new Rounds();
        rounds.directory = directory;
        return rounds;
    }

    /** The platform kit's plumbing for another module's service: the same 503 in every module. */
    private final OtherModule<RoundDirectory> planning = OtherModule.of("round-planning", () -> directory,
            "巡察规划模块未运行（可能正在更新），暂不能建立整改台账，请稍后重试",
            "The round planning module is not running (it may be being updated); ledgers can be opened again shortly");

    private <R> R ask(Function<RoundDirectory, R> question) {
        return planning.ask(question);
    }

    /** The round: 400 on {@code roundId} if unknown, 403 if outside the caller's divisions or rounds. */
    public RoundRef round(Caller caller, long roundId) {
        RoundRef round = ask(d -> d.round(roundId)).orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("roundId", "not_found", "巡察轮次不存在：" + roundId, "round not found: " + roundId))));
        if (!caller.scope().coversDivision(round.divisionCode()) || !caller.scope().coversRound(roundId)) {
            throw Access.outOfScope("roundId", "该巡察轮次不在您的管辖范围内", "the round is outside your scope");
        }
        return round;
    }

    /** The group of the round that inspects the unit: 400 on {@code unitId} if none does. */
    public GroupRef groupForTarget(long roundId, long unitId) {
        Optional<GroupRef> group = ask(d -> d.groupForTarget(roundId, unitId));
        return group.orElseThrow(() -> ApiException.validation(List.of(
                new FieldError("unitId", "invalid", "该单位不是本轮巡察对象", "the unit is not a target of the round"))));
    }
}
