package org.xuncha.evaluation.internal.document;

import java.util.ArrayList;
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
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 巡察报告: a group's report of its round to the leading group — who inspected which units when
 * (round planning), the interviews held (interview records) and, unit by unit, the problems the
 * leading group approved (lead transfer). The findings belong to lead transfer, but only this
 * module reads all three, through their APIs and as the caller; a module that is away leaves its
 * part out with a sentence saying so (see {@link Findings}).
 */
@Component(service = DocumentKind.class)
public class GroupReportKind implements DocumentKind {

    public static final String CODE = "evaluation.group-report";

    private final Findings findings;
    private final Notices notices;

    @Activate
    public GroupReportKind(@Reference Findings findings, @Reference Notices notices) {
        this.findings = findings;
        this.notices = notices;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String nameZh() {
        return "巡察报告";
    }

    @Override
    public String nameEn() {
        return "Inspection group's report";
    }

    @Override
    public String permission() {
        return EvaluationPermissions.READ;
    }

    @Override
    public String filename(Map<String, String> parameters) {
        return "巡察报告-轮次" + Notices.roundId(parameters) + "-巡察组" + Notices.id(parameters, "groupId", "巡察组", "group");
    }

    @Override
    public DocumentContent build(Caller caller, Map<String, String> parameters) {
        long roundId = Notices.roundId(parameters);
        long groupId = Notices.id(parameters, "groupId", "巡察组", "group");
        caller.require(EvaluationPermissions.READ);
        RoundRef round = findings.round(caller, roundId);
        GroupRef group = findings.group(caller, roundId, groupId);
        List<Long> unitIds = group.targetUnitIds().stream().sorted().toList();
        Map<Long, String> units = notices.unitNames(unitIds);
        Map<Long, String> people = notices.personNames(group.members().stream().map(GroupMember::personId).distinct().toList());
        String leaders = String.join("、", group.members().stream().filter(m -> m.role() == GroupRole.LEADER)
                .map(m -> people.getOrDefault(m.personId(), "（人员" + m.personId() + "）")).toList());
        String unitList = String.join("、", unitIds.stream().map(units::get).toList());

        List<Block> b = new ArrayList<>();
        b.add(new Paragraph("巡察工作领导小组："));
        b.add(new Paragraph("根据" + round.name() + "工作安排，" + group.name() + period(round) + "对" + (unitList.isEmpty() ? "被巡察单位" : unitList)
                + "进行了巡察。现将巡察情况报告如下。"));
        b.add(new Heading(1, "一、巡察工作开展情况"));
        b.add(new Paragraph(group.name() + (leaders.isEmpty() ? "" : "由" + leaders + "任组长，") + "共" + group.members().size() + "人，巡察单位"
                + unitIds.size() + "个。"));
        Findings.Read<Long> talks = findings.interviews(caller, roundId, groupId);
        b.add(new Paragraph(talks.present() ? "巡察期间共形成个别谈话记录" + talks.value() + "份。" : "个别谈话情况" + talks.missing()));
        b.add(new Heading(1, "二、发现的主要问题"));
        Findings.Read<Map<Long, List<ApprovedProblem>>> problems = findings.problems(caller, roundId, unitIds);
        if (!problems.present()) {
            b.add(new Paragraph(problems.missing()));
        } else {
            Findings.Listed listed = Findings.list(b, unitIds, units, problems.value(), "暂无经领导小组审定的问题。");
            b.add(new Paragraph("以上共" + listed.problems() + "个问题，均经巡察工作领导小组审定。"));
        }
        b.add(new Heading(1, "三、意见建议"));
        b.add(new Paragraph("建议被巡察单位党组织对上述问题认真整改，逐项明确整改措施、责任人和完成时限；对涉及的问题线索，按规定移交有关部门处置。"));
        b.add(new Closing(group.name()));
        String day = Notices.date(round.fieldEnd());
        if (!day.isEmpty()) {
            b.add(new Closing(day));
        }
        return new DocumentContent(group.name() + "关于" + round.name() + "情况的报告", b).with(DocumentContent.DATE, day.isEmpty() ? null : day);
    }

    private static String period(RoundRef round) {
        if (round.fieldStart() == null || round.fieldEnd() == null) {
            return "";
        }
        return "于" + Notices.date(round.fieldStart()) + "至" + Notices.date(round.fieldEnd());
    }
}
