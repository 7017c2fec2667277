package org.xuncha.evaluation.internal.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.IndicatorSource;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;

/**
 * The counts behind the computed indicators, read from the other modules as the caller (so their
 * own permission and scope checks hold): each outcome is either a count per group with where it
 * came from, or why there is none (module not installed, no permission to read it).
 */
@Component(service = ComputedValues.class)
public class ComputedValues {

    /** Counts per group id, or (counts null) the reason there are none. */
    public record Outcome(Map<Long, Long> counts, String whyZh, String whyEn) {

        static Outcome of(Map<Long, Long> counts) {
            return new Outcome(counts, null, null);
        }

        static Outcome none(String zh, String en) {
            return new Outcome(null, zh, en);
        }
    }

    private final Sources sources;

    @Activate
    public ComputedValues(@Reference Sources sources) {
        this.sources = sources;
    }

    public Outcome counts(Caller caller, IndicatorSource source, long roundId, List<GroupRef> groups) {
        return switch (source) {
            case ROUND_PLANNING -> Outcome.of(perGroup(groups, g -> (long) g.targetUnitIds().size()));
            case LEAD_TRANSFER -> ask(sources.leadTransfer(), p -> perGroup(groups,
                    g -> g.targetUnitIds().stream().mapToLong(u -> p.of(caller, roundId, u).size()).sum()));
            case INTERVIEW_RECORDS -> ask(sources.interviewRecords(), s -> perGroup(groups,
                    g -> s.records(caller, new PlanQuery(roundId, g.id(), null), PageRequest.first(1)).total()));
            case OFFICE -> throw new IllegalArgumentException("office-scored indicators are not computed");
        };
    }

    private static <S> Outcome ask(OtherModule<S> module, Function<S, Map<Long, Long>> question) {
        if (!module.present()) {
            return Outcome.none("模块未安装：" + module.moduleId(), "module not installed: " + module.moduleId());
        }
        try {
            return Outcome.of(module.ask(question));
        } catch (ApiException e) {
            if (e.status() == 503) {
                return Outcome.none("模块未运行：" + module.moduleId(), "module not running: " + module.moduleId());
            }
            if (e.status() == 403) {
                return Outcome.none("无权读取该模块的数据：" + module.moduleId(), "no permission to read " + module.moduleId());
            }
            throw e;
        }
    }

    private static Map<Long, Long> perGroup(List<GroupRef> groups, Function<GroupRef, Long> count) {
        Map<Long, Long> counts = new HashMap<>();
        for (GroupRef g : groups) {
            counts.put(g.id(), count.apply(g));
        }
        return counts;
    }
}
