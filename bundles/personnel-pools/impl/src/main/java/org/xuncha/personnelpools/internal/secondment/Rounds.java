package org.xuncha.personnelpools.internal.secondment;

import java.util.function.Function;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundPlanningService;

/**
 * Round planning, the only class of this module that holds its services. The references are
 * dynamic, optional and greedy: installing, updating or removing round planning never restarts a
 * component of this module; while it is away, secondment answers 503 {@code round_planning_unavailable}
 * and the pools go on working.
 */
@Component(service = Rounds.class)
public class Rounds {

    /** Rounds, groups and their members and targets. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoundDirectory directory;

    /** A round's whole target list and the declared avoidances, read as the caller. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoundPlanningService planning;

    /** Round planning as given (unit tests); null for absent. */
    public static Rounds of(RoundDirectory directory, RoundPlanningService planning) {
        Rounds r = new Rounds();
        r.directory = directory;
        r.planning = planning;
        return r;
    }

    private static final String UNAVAILABLE_ZH = "巡察规划模块未运行（可能正在更新），暂不能办理抽调，请稍后重试";
    private static final String UNAVAILABLE_EN = "The round planning module is not running (it may be being updated); secondment can be done again shortly";

    /** The platform kit's plumbing for another module's service: the same 503 in every module. */
    private final OtherModule<RoundDirectory> directoryModule = OtherModule.of("round-planning", () -> directory, UNAVAILABLE_ZH, UNAVAILABLE_EN);
    private final OtherModule<RoundPlanningService> planningModule = OtherModule.of("round-planning", () -> planning, UNAVAILABLE_ZH, UNAVAILABLE_EN);

    /** Asks the directory; a failure because round planning went away meanwhile is a 503 too. */
    public <R> R directory(Function<RoundDirectory, R> question) {
        return directoryModule.ask(question);
    }

    /** Asks the planning service, as {@link #directory} does. */
    public <R> R planning(Function<RoundPlanningService, R> question) {
        return planningModule.ask(question);
    }
}
