package org.xuncha.evaluation.internal.document;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.Assessment;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.evaluation.api.EvaluationReports;
import org.xuncha.evaluation.api.Grade;
import org.xuncha.evaluation.api.RoundAssessment;
import org.xuncha.evaluation.internal.Settings;
import org.xuncha.evaluation.internal.Sources;
import org.xuncha.evaluation.internal.assessment.AssessmentRules;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 一轮一评估、一轮一通报: the rectification assessment of a round's units (score and grade, best
 * first) and the typical cases of poor rectification named. Read through the module's own services
 * as the caller: only the assessments in the caller's scope are written.
 */
@Component(service = DocumentKind.class)
public class AssessmentNoticeKind implements DocumentKind {

    public static final String CODE = "evaluation.assessment-notice";

    private final EvaluationReports reports;
    private final Sources sources;
    private final Notices notices;
    private final Settings settings;

    @Activate
    public AssessmentNoticeKind(@Reference EvaluationReports reports, @Reference Sources sources, @Reference Notices notices,
                                @Reference Settings settings) {
        this.reports = reports;
        this.sources = sources;
        this.notices = notices;
        this.settings = settings;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察整改评估情况通报";
    }

    @Override
    public String nameEn() {
        return "Notice of the rectification assessment";
    }

    @Override
    public String permission() {
        return EvaluationPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "巡察整改评估情况通报-轮次" + Notices.roundId(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        long roundId = Notices.roundId(parameters);
        // the round's name and scope from round planning when it runs; the assessments themselves are scoped either way
        RoundRef round = sources.rounds().present() ? sources.round(caller, roundId) : null;
        RoundAssessment a = reports.assessment(caller, roundId);
        if (a.assessments().isEmpty()) {
            throw new ApiException(409, "not_assessed", "该轮巡察尚未进行整改评估，不能生成评估通报；请先评估被巡察单位的整改情况",
                    "No unit of this round has been assessed yet; assess the units' rectification before writing the notice");
        }
        Map<Long, String> units = notices.unitNames(a.assessments().stream().map(Assessment::unitId).distinct().toList());
        String name = round == null ? "本轮巡察" : round.name();
        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("各有关单位："));
        b.add(new Paragraph("按照一轮一评估、一轮一通报的要求，巡察办对" + name + "被巡察单位的整改情况进行了评估。现将评估情况通报如下。"));
        b.add(new Heading(1, "一、总体情况"));
        List<String> grades = new ArrayList<>();
        for (Grade g : Grade.values()) {
            grades.add("“" + g.nameZh() + "”" + a.grades().getOrDefault(g, 0L) + "个");
        }
        b.add(new Paragraph("本轮共评估被巡察单位" + a.assessments().size() + "个，其中" + String.join("、", grades) + "。"));
        b.add(new Heading(1, "二、各单位评估结果"));
        List<Assessment> byScore = a.assessments().stream()
                .sorted(Comparator.comparingInt(Assessment::score).reversed().thenComparingLong(Assessment::unitId)).toList();
        for (Assessment x : byScore) {
            b.add(new Paragraph(units.get(x.unitId()) + "：", x.score() + "分，评估等次为“" + x.grade().nameZh() + "”" + ledger(x) + "。"
                    + byIndicator(x)));
        }
        b.add(new Heading(1, "三、整改不力典型案例"));
        if (a.typicalCases().isEmpty()) {
            b.add(new Paragraph("本轮未通报整改不力典型案例。"));
        } else {
            int n = 1;
            for (Assessment x : a.typicalCases()) {
                b.add(new Heading(2, "（" + Notices.chinese(n++) + "）" + units.get(x.unitId())));
                b.add(new Paragraph("评估得分" + x.score() + "分，等次为“" + x.grade().nameZh() + "”" + ledger(x) + "。"
                        + (x.note() == null ? "" : x.note() + (x.note().endsWith("。") ? "" : "。"))));
            }
        }
        b.add(new Heading(1, "四、有关要求"));
        b.add(new Paragraph("各有关单位要对照评估结果，认真查找整改工作中的差距和不足；被通报为典型案例的单位要深刻剖析原因，限期整改到位，"
                + "并将整改情况书面报送巡察办。"));
        b.add(new Closing("巡察工作领导小组办公室"));
        String day = a.assessments().stream().map(Assessment::assessedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .map(LocalDateTime::toLocalDate).map(Notices::date).orElse("");
        b.add(new Closing(day));
        String title = round == null ? "关于巡察整改评估情况的通报" : "关于第" + Notices.chinese(round.number()) + "轮巡察整改评估情况的通报";
        return new DocumentContent(title, b).with(DocumentContent.DATE, day);
    }

    /** The unit's ledger figures as kept with the assessment, when rectification gave them. */
    /** 其中：整改主体责任落实20分（满分25分）、... for an assessment made per indicator; an indicator no longer configured by its code. */
    private String byIndicator(Assessment x) {
        if (x.scores().isEmpty()) {
            return "";
        }
        Map<String, AssessmentRules.Indicator> known = new java.util.HashMap<>();
        settings.assessmentIndicators().forEach(i -> known.put(i.code(), i));
        List<String> parts = new ArrayList<>();
        x.scores().forEach((code, v) -> {
            AssessmentRules.Indicator i = known.get(code);
            parts.add(i == null ? code + v + "分" : i.nameZh() + v + "分（满分" + i.points() + "分）");
        });
        return "其中：" + String.join("、", parts) + "。";
    }

    private static String ledger(Assessment x) {
        if (x.tasks() == null) {
            return "";
        }
        return "（整改任务" + x.tasks() + "项，已完成" + (x.closed() == null ? 0 : x.closed()) + "项）";
    }
}
