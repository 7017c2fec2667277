package org.xuncha.leadtransfer.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.leadtransfer.api.ApprovedProblems;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentParameters;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 巡察反馈意见: what the inspection found at one unit in one round, as fed back to its Party
 * organisation — the problems the leading group approved (领导小组审定), grouped by category, and the
 * standard rectification requirements. Reads through the module's services as the caller (scope,
 * and every description read audited); a unit with no approved problem yet is a 409.
 */
@Component(service = DocumentKind.class)
public class FeedbackOpinionKind implements DocumentKind {

    public static final String CODE = "lead-transfer.feedback-opinion";
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private final ApprovedProblems approved;
    private final Rounds rounds;
    private final References references;
    private final Taxonomy taxonomy;

    @Activate
    public FeedbackOpinionKind(@Reference ApprovedProblems approved, @Reference Rounds rounds, @Reference References references,
                               @Reference Taxonomy taxonomy) {
        this.approved = approved;
        this.rounds = rounds;
        this.references = references;
        this.taxonomy = taxonomy;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察反馈意见";
    }

    @Override
    public String nameEn() {
        return "Inspection feedback opinion";
    }

    @Override
    public String permission() {
        return LeadTransferPermissions.PROBLEM_READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "巡察反馈意见-轮次" + id(parameters, "roundId", "轮次") + "-单位" + id(parameters, "unitId", "单位");
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        long roundId = id(parameters, "roundId", "轮次");
        long unitId = id(parameters, "unitId", "单位");
        caller.require(LeadTransferPermissions.PROBLEM_READ);
        RoundRef round = rounds.round(caller, roundId);
        String unit = references.unit(caller, "unitId", unitId).name();
        List<ApprovedProblem> found = approved.of(caller, roundId, unitId);
        if (found.isEmpty()) {
            throw ApiException.conflict("no_approved_problems", "该单位本轮尚无经领导小组审定的问题，不能生成反馈意见",
                    "the unit has no problem the leading group approved in this round, so there is no feedback opinion");
        }
        Map<String, List<ApprovedProblem>> byCategory = new LinkedHashMap<>();
        found.forEach(p -> byCategory.computeIfAbsent(p.category() == null ? "" : p.category(), c -> new ArrayList<>()).add(p));
        Map<String, Taxonomy.Category> categories = taxonomy.all();

        List<Block> b = new ArrayList<>();
        b.add(new Paragraph(unit + "："));
        b.add(new Paragraph("根据" + round.name() + "巡察工作安排，巡察组" + period(round) + "对你单位进行了巡察。经巡察工作领导小组审定，"
                + "现将巡察发现的主要问题反馈如下。"));
        b.add(new Heading(1, "一、巡察发现的主要问题"));
        int n = 0;
        for (Map.Entry<String, List<ApprovedProblem>> e : byCategory.entrySet()) {
            Taxonomy.Category c = categories.get(e.getKey());
            b.add(new Heading(2, "（" + numeral(n++) + "）" + (c == null ? "其他问题" : c.nameZh())));
            int i = 1;
            for (ApprovedProblem p : e.getValue()) {
                b.add(new Paragraph(i++ + ".", p.description() + (p.topLeader() ? "（涉及主要负责人）" : "")));
            }
        }
        b.add(new Heading(1, "二、整改意见"));
        b.add(new Paragraph("你单位党组织要切实履行整改主体责任，主要负责人履行第一责任人职责，对反馈的问题逐项制定整改措施，明确责任人和完成时限，"
                + "做到问题不解决不松劲、整改不到位不销号。"));
        b.add(new Paragraph("请于收到本反馈意见后2个月内，将整改情况报告报送巡察工作领导小组办公室。"));
        b.add(new Closing("巡察工作领导小组"));
        String day = date(round.feedbackDate());
        b.add(new Closing(day));
        return new DocumentContent("关于巡察" + unit + "的反馈意见", b).with(DocumentContent.DATE, day.isEmpty() ? null : day);
    }

    private static String period(RoundRef round) {
        if (round.fieldStart() == null || round.fieldEnd() == null) {
            return "";
        }
        return "于" + date(round.fieldStart()) + "至" + date(round.fieldEnd());
    }

    private static String numeral(int i) {
        return i < NUMERALS.length ? NUMERALS[i] : String.valueOf(i + 1);
    }

    private static long id(Map<String, String> parameters, String field, String what) {
        return DocumentParameters.id(parameters, field, what, field.equals("roundId") ? "round" : "unit");
    }

    private static String date(LocalDate d) {
        return DocumentParameters.date(d);
    }
}
