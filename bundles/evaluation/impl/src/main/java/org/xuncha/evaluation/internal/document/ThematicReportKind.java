package org.xuncha.evaluation.internal.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.evaluation.api.EvaluationPermissions;
import org.xuncha.leadtransfer.api.ApprovedProblem;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentContent.Block;
import org.xuncha.platform.api.documents.DocumentContent.Closing;
import org.xuncha.platform.api.documents.DocumentContent.Heading;
import org.xuncha.platform.api.documents.DocumentContent.Paragraph;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 巡察专题报告: what a round found on one subject across all its units (e.g. 乡村振兴领域资金使用),
 * reported to the committee. The office gives the title and, to keep to one field, the problem
 * category (lead transfer's code); the report lists the approved problems of that category unit by
 * unit, from every group of the round. Parameters: {@code roundId}, {@code title}, optional
 * {@code category} and {@code sentTo} (报送单位, 巡察工作领导小组 when absent).
 */
@Component(service = DocumentKind.class)
public class ThematicReportKind implements DocumentKind {

    public static final String CODE = "evaluation.thematic-report";
    static final int TITLE_MAX = 100;

    private final Findings findings;
    private final Notices notices;

    @Activate
    public ThematicReportKind(@Reference Findings findings, @Reference Notices notices) {
        this.findings = findings;
        this.notices = notices;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察专题报告";
    }

    @Override
    public String nameEn() {
        return "Thematic inspection report";
    }

    @Override
    public String permission() {
        return EvaluationPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "巡察专题报告-轮次" + Notices.roundId(parameters);
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        long roundId = Notices.roundId(parameters);
        String title = trim(parameters.get("title"));
        String sentTo = trim(parameters.get("sentTo"));
        String category = trim(parameters.get("category"));
        new Checks().required("title", title, "报告标题", "title").maxLength("title", title, TITLE_MAX, "报告标题", "title")
                .maxLength("sentTo", sentTo, TITLE_MAX, "报送单位", "addressee").throwIfInvalid();
        caller.require(EvaluationPermissions.READ);
        RoundRef round = findings.round(caller, roundId);
        List<GroupRef> groups = findings.groups(roundId);
        List<Long> unitIds = groups.stream().flatMap(g -> g.targetUnitIds().stream()).distinct().sorted().toList();
        Map<Long, String> units = notices.unitNames(unitIds);

        List<Block> b = new ArrayList<>();
        b.add(new Paragraph((sentTo == null ? "巡察工作领导小组" : sentTo) + "："));
        b.add(new Paragraph(round.name() + "共派出巡察组" + groups.size() + "个，对" + unitIds.size() + "个单位进行了巡察。结合巡察发现的问题，"
                + "现就“" + title + "”有关情况报告如下。"));
        b.add(new Heading(1, "一、巡察发现的问题"));
        Findings.Read<Map<Long, List<ApprovedProblem>>> problems = findings.problems(caller, roundId, unitIds);
        if (!problems.present()) {
            b.add(new Paragraph(problems.missing()));
        } else {
            Map<Long, List<ApprovedProblem>> inCategory = new HashMap<>();
            problems.value().forEach((u, found) -> inCategory.put(u, found.stream().filter(p -> category == null || category.equals(p.category())).toList()));
            Findings.Listed listed = Findings.list(b, unitIds, units, inCategory, null);
            b.add(new Paragraph(listed.problems() == 0 ? "本轮巡察尚无与此相关并经领导小组审定的问题。"
                    : "以上共" + listed.problems() + "个问题，涉及" + listed.units() + "个单位，均经巡察工作领导小组审定。"));
        }
        b.add(new Heading(1, "二、意见建议"));
        b.add(new Paragraph("建议有关主管部门针对上述问题加强行业监管、完善制度机制，督促相关单位举一反三、建章立制，推动问题从根本上解决。"));
        b.add(new Closing("巡察工作领导小组办公室"));
        return new DocumentContent(title, b);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
