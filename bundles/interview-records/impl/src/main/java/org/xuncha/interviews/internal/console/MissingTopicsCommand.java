package org.xuncha.interviews.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.interviews.api.InterviewPlanService;
import org.xuncha.interviews.api.MandatoryTopicCheck;
import org.xuncha.platform.api.security.CallerResolver;

/** Who of a unit's leadership has no planned interview covering the mandatory topic (必谈内容). */
@Service
@Command(scope = "xuncha", name = "interview-missing-topics",
        description = "列出未落实必谈内容的班子成员 / List the leaders for whom the mandatory topic is not planned")
public class MissingTopicsCommand implements Action {

    @Argument(index = 0, name = "roundId", description = "round id", required = true)
    long roundId;

    @Argument(index = 1, name = "unitId", description = "inspected unit id", required = true)
    long unitId;

    @Reference
    InterviewPlanService plans;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        MandatoryTopicCheck c = plans.missingTopics(callers.console(), roundId, unitId);
        System.out.println("应谈班子成员 " + c.leadersRequired() + " 人，已覆盖 " + c.leadersCovered() + " 人 / leaders required "
                + c.leadersRequired() + ", covered " + c.leadersCovered());
        for (MandatoryTopicCheck.MissingTopic m : c.missing()) {
            System.out.println("  " + m.personId() + "  " + m.name() + "（" + (m.post() == null ? "" : m.post()) + "，" + m.category().nameZh()
                    + "）：" + m.reason().nameZh() + " / " + m.reason().nameEn());
        }
        if (!c.recordsMissingTopic().isEmpty()) {
            System.out.println("缺少必谈内容的班子成员谈话记录 / leadership records without the topic: " + c.recordsMissingTopic());
        }
        if (c.complete()) {
            System.out.println("必谈内容已全部落实 / the mandatory topic is covered");
        }
        return null;
    }
}
