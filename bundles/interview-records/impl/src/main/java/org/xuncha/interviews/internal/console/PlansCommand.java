package org.xuncha.interviews.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.interviews.api.InterviewPlan;
import org.xuncha.interviews.api.InterviewPlanService;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.PlannedStatus;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.CallerResolver;

/** Lists the interview plans the console user may see, with their mandatory-topic state. Names and content are not shown. */
@Service
@Command(scope = "xuncha", name = "interview-plans", description = "个别谈话计划及必谈内容落实情况 / Interview plans and their mandatory-topic check")
public class PlansCommand implements Action {

    @Option(name = "-r", aliases = "--round", description = "round id")
    Long roundId;

    @Option(name = "-g", aliases = "--group", description = "group id")
    Long groupId;

    @Option(name = "-u", aliases = "--unit", description = "unit id")
    Long unitId;

    @Reference
    InterviewPlanService plans;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        Page<InterviewPlan> page = plans.plans(callers.console(),
                new PlanQuery(roundId, groupId, unitId), PageRequest.first(PageRequest.MAX_SIZE));
        System.out.printf("%-8s %-8s %-8s %-8s %-6s %-6s %-6s %s%n", "计划", "轮次", "巡察组", "单位", "计划", "已谈", "取消", "必谈内容 / mandatory topic");
        for (InterviewPlan p : page.items()) {
            long planned = p.interviews().stream().filter(i -> i.status() == PlannedStatus.PLANNED).count();
            long held = p.interviews().stream().filter(i -> i.status() == PlannedStatus.HELD).count();
            long cancelled = p.interviews().stream().filter(i -> i.status() == PlannedStatus.CANCELLED).count();
            System.out.printf("%-8d %-8d %-8d %-8d %-6d %-6d %-6d %s%n", p.id(), p.roundId(), p.groupId(), p.unitId(), planned, held,
                    cancelled, state(p.check()));
        }
        System.out.println("共 " + page.total() + " 个计划 / " + page.total() + " plan(s)");
        return null;
    }

    static String state(MandatoryTopicCheck c) {
        if (c == null) {
            return "-";
        }
        if (c.complete()) {
            return "已覆盖 " + c.leadersCovered() + "/" + c.leadersRequired() + " / complete";
        }
        return "缺 " + c.missing().size() + " 人，记录缺 " + c.recordsMissingTopic().size() + " 份（覆盖 " + c.leadersCovered() + "/"
                + c.leadersRequired() + "）/ missing " + c.missing().size() + " leader(s), " + c.recordsMissingTopic().size() + " record(s)";
    }
}
