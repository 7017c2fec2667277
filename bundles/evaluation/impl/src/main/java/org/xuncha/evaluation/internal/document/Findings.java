package org.xuncha.evaluation.internal.document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.module.OtherModule;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * What the group's report and the thematic report read from the other modules, as the caller: the
 * round and its groups (round planning; 503 while it is away, since a report needs them), the
 * approved problems (lead transfer) and the interviews held (interview records). A module that is
 * not installed, not running or not readable by the caller leaves its part out and the report says
 * so in one sentence, instead of failing the document.
 */
@Component(service = Findings.class)
public class Findings {

    /** A value read from another module, or null and the sentence the report prints instead. */
    public record Read<T>(T value, String missing) {
        boolean present() {
            return missing == null;
        }
    }

    private final Sources sources;

    @Activate
    public Findings(@Reference Sources sources) {
        this.sources = sources;
    }

    public RoundRef round(Caller caller, long roundId) {
        return sources.round(caller, roundId);
    }

    public List<GroupRef> groups(long roundId) {
        return sources.rounds().ask(d -> d.groupsOfRound(roundId));
    }

    /** The group named by {@code groupId}: 400 on the field if it is not one of the round's, 403 if a group role works elsewhere. */
    public GroupRef group(Caller caller, long roundId, long groupId) {
        GroupRef g = sources.rounds().ask(d -> d.group(groupId)).filter(x -> x.roundId() == roundId).orElseThrow(() -> ApiException.validation(
                List.of(new FieldError("groupId", "not_found", "该轮次没有此巡察组：" + groupId, "the round has no group " + groupId))));
        if (!caller.scope().coversGroup(groupId)) {
            throw ApiException.outOfScope();
        }
        return g;
    }

    /** Approved problems per unit, in the order of {@code unitIds}, oldest first. */
    public Read<Map<Long, List<ApprovedProblem>>> problems(Caller caller, long roundId, Collection<Long> unitIds) {
        return ask(sources.leadTransfer(), "问题线索移交", p -> {
            Map<Long, List<ApprovedProblem>> found = new LinkedHashMap<>();
            unitIds.forEach(u -> found.put(u, p.of(caller, roundId, u)));
            return found;
        });
    }

    /** How many interview records the group made in the round. */
    public Read<Long> interviews(Caller caller, long roundId, long groupId) {
        return ask(sources.interviewRecords(), "谈话记录",
                s -> s.records(caller, new PlanQuery(roundId, groupId, null), PageRequest.first(1)).total());
    }

    /** How many problems {@link #list} wrote, and of how many units. */
    public record Listed(int problems, int units) {
    }

    /**
     * Unit by unit, a heading （一）〈name〉 and its problems numbered 1., 2., … (the top leader's marked);
     * a unit without any gets the paragraph {@code none}, or is left out when {@code none} is null.
     */
    static Listed list(List<Block> b, List<Long> unitIds, Map<Long, String> names, Map<Long, List<ApprovedProblem>> found, String none) {
        int problems = 0;
        int units = 0;
        for (Long u : unitIds) {
            List<ApprovedProblem> of = found.getOrDefault(u, List.of());
            if (of.isEmpty() && none == null) {
                continue;
            }
            problems += of.size();
            b.add(new Heading(2, "（" + Notices.chinese(++units) + "）" + names.get(u)));
            if (of.isEmpty()) {
                b.add(new Paragraph(none));
            }
            int i = 1;
            for (ApprovedProblem p : of) {
                b.add(new Paragraph(i++ + ".", p.description() + (p.topLeader() ? "（涉及主要负责人）" : "")));
            }
        }
        return new Listed(problems, units);
    }

    private static <S, T> Read<T> ask(OtherModule<S> module, String name, Function<S, T> question) {
        if (!module.present()) {
            return new Read<>(null, "（" + name + "模块未安装，此部分未列入。）");
        }
        try {
            return new Read<>(module.ask(question), null);
        } catch (ApiException e) {
            if (e.status() == 503) {
                return new Read<>(null, "（" + name + "模块未运行，此部分未列入。）");
            }
            if (e.status() == 403) {
                return new Read<>(null, "（无权读取" + name + "模块的数据，此部分未列入。）");
            }
            throw e;
        }
    }
}
