package org.xuncha.roundplanning.internal.console;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Approval;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.StageChange;
import org.xuncha.roundplanning.api.Target;

@Service
@Command(scope = "xuncha", name = "round-show", description = "查看巡察轮次 / Show a round")
public class RoundShowCommand extends RoundCommand {

    @Argument(index = 0, name = "id", description = "round id", required = true)
    long id;

    @Override
    void run(Caller caller, PrintStream out) {
        RoundDetail d = service.round(caller, id);
        Round r = d.round();
        out.println(r.name() + "（第" + r.number() + "轮，" + r.type().nameZh() + "）");
        out.println("  阶段 stage:        " + r.stage().nameZh() + " / " + r.stage().nameEn() + "，自 since " + orDash(r.stageSince()));
        out.println("  方案 plan:         " + r.planStatus().nameZh() + (r.amendmentOpen() ? "（方案调整中 amendment open）" : ""));
        out.println("  计划 planned:      " + orDash(r.plannedStart()) + " ~ " + orDash(r.plannedEnd()));
        out.println("  实际 actual:       " + orDash(r.actualStart()) + " ~ " + orDash(r.actualEnd()) + "，反馈 feedback " + orDash(r.feedbackDate()));
        out.println("  专项监督 topics:   " + String.join("、", r.supervisionTopics()));
        out.println("被巡察单位 targets (" + d.targets().size() + "):");
        for (Target t : d.targets()) {
            out.println("  " + t.unitId() + "  " + t.unitName() + "  [" + orDash(t.field()) + "/" + orDash(t.sector()) + "/"
                    + orDash(t.system()) + "]  组 group " + orDash(t.groupId()));
        }
        out.println("巡察组 groups (" + d.groups().size() + "):");
        for (Group g : d.groups()) {
            out.println("  " + g.id() + "  " + g.name() + (g.authorisation() == null ? "  （未授权 not authorised）"
                    : "  授权 " + g.authorisation().number()));
            for (Group.Member m : g.members()) {
                out.println("      " + m.role().nameZh() + "  " + m.name() + "  " + orDash(m.post()));
            }
        }
        out.println("审批 approvals:");
        for (Approval a : d.approvals()) {
            out.println("  " + a.at() + "  " + a.body().nameZh() + "  " + (a.approved() ? "同意" : "退回") + "  " + a.actorName()
                    + "  " + orDash(a.opinion()));
        }
        out.println("阶段记录 history:");
        for (StageChange s : d.history()) {
            out.println("  " + s.date() + "  " + s.from().nameZh() + " → " + s.to().nameZh() + (s.correction() ? "（退回：" + s.reason() + "）" : "")
                    + "  " + s.actorName());
        }
        out.println("时限 deadlines:");
        for (Deadline dl : d.deadlines()) {
            out.println("  " + dl.kind().nameZh() + "  " + dl.stage().nameZh() + (dl.unitName() == null ? "" : "  " + dl.unitName())
                    + "  截止 due " + dl.due() + (dl.overdue() ? "  已超期 " + dl.daysOverdue() + " 天 overdue" : ""));
        }
    }
}
