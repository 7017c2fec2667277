package org.xuncha.evaluation.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.RankedGroup;
import org.xuncha.evaluation.api.RoundRanking;
import org.xuncha.evaluation.api.Talk;
import org.xuncha.evaluation.api.TalkService;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * 逐轮次书面通报排名: the published ranking of a round, groups in rank order with their totals, and
 * the group leaders the 约谈 rule named. Written from the published rows only (never a live sheet),
 * read through the module's own services as the caller, so permission and scope hold.
 */
@Component(service = DocumentKind.class)
public class RankingNoticeKind implements DocumentKind {

    public static final String CODE = "evaluation.ranking-notice";

    private final EvaluationReports reports;
    private final TalkService talks;
    private final Sources sources;
    private final Notices notices;

    @Activate
    public RankingNoticeKind(@Reference EvaluationReports reports, @Reference TalkService talks, @Reference Sources sources,
                             @Reference Notices notices) {
        this.reports = reports;
        this.talks = talks;
        this.sources = sources;
        this.notices = notices;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察工作质量评估排名通报";
    }

    @Override
    public String nameEn() {
        return "Notice of the group quality ranking";
    }

    @Override
    public String permission() {
        return EvaluationPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "巡察工作质量评估排名通报-轮次" + Notices.roundId(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        long roundId = Notices.roundId(parameters);
        RoundRanking r = reports.ranking(caller, roundId).orElseThrow(() -> notPublished(caller, roundId));
        String round = "第" + Notices.chinese(r.roundNumber()) + "轮";
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("各巡察组："));
        b.add(new Paragraph("根据巡察工作质量评估办法，巡察办对" + r.roundName() + "各巡察组的工作质量进行了评估，共评估巡察组"
                + r.groups().size() + "个。现将排名情况通报如下。"));
        b.add(new Heading(1, "一、评估排名"));
        for (RankedGroup g : r.groups()) {
            b.add(new Paragraph("第" + g.rank() + "名：", g.groupName() + "，总分" + Notices.points(g.total()) + "分。"));
        }
        b.add(new Heading(1, "二、约谈情况"));
        List<Talk> opened = talks.talks(caller, roundId, new PageRequest(1, PageRequest.MAX_SIZE, List.of())).items();
        if (opened.isEmpty()) {
            b.add(new Paragraph("本轮排名未触发约谈。"));
        } else {
            Map<Long, String> leaders = notices.personNames(opened.stream().map(Talk::leaderPersonId).distinct().toList());
            for (Talk t : opened) {
                String groups = String.join("、", r.groups().stream().filter(g -> Objects.equals(g.leaderPersonId(), t.leaderPersonId()))
                        .map(RankedGroup::groupName).toList());
                String who = leaders.getOrDefault(t.leaderPersonId(), "（人员" + t.leaderPersonId() + "）");
                b.add(new Paragraph((groups.isEmpty() ? "" : groups + "组长") + who + "，" + t.reason() + "，"
                        + (t.heldOn() == null ? "巡察办将对其进行约谈。" : "巡察办已于" + Notices.date(t.heldOn()) + "对其进行约谈。")));
            }
        }
        b.add(new Heading(1, "三、有关要求"));
        b.add(new Paragraph("排名靠前的巡察组要总结经验、保持标准；排名靠后的巡察组要认真查找差距，制定改进措施，切实提高巡察工作质量。"));
        b.add(new Closing("巡察工作领导小组办公室"));
        String day = r.publishedAt() == null ? "" : Notices.date(r.publishedAt().toLocalDate());
        b.add(new Closing(day));
        return new DocumentContent("关于" + round + "巡察工作质量评估排名情况的通报", b).with(DocumentContent.DATE, day);
    }

    /** No published ranking: 404 if the round is unknown, 403 outside the caller's scope, else 409 saying it is not published yet. */
    private ApiException notPublished(Caller caller, long roundId) {
        if (sources.rounds().present()) {
            sources.round(caller, roundId);
        }
        return new ApiException(409, "not_published", "该轮巡察的工作质量评估排名尚未发布，不能生成排名通报；请先发布排名",
                "The ranking of this round is not published yet; publish it before writing the notice");
    }
}
