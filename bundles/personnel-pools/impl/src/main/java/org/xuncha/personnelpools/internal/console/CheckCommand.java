package org.xuncha.personnelpools.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.personnelpools.api.Finding;
import org.xuncha.personnelpools.api.SecondmentCheck;
import org.xuncha.personnelpools.api.SecondmentService;
import org.xuncha.platform.api.security.CallerResolver;

/** {@code xuncha:personnel-pools-check ROUND PERSON [-g GROUP]}: the 回避 and clash checks of a person against a round. */
@Service
@Command(scope = "xuncha", name = "personnel-pools-check", description = "回避与冲突检查 / Check a person against a round")
public class CheckCommand implements Action {

    @Argument(index = 0, name = "roundId", required = true, description = "the round")
    long roundId;

    @Argument(index = 1, name = "personId", required = true, description = "the person (reference data id)")
    long personId;

    @Option(name = "-g", aliases = "--group", description = "the group of the round; the whole round when omitted")
    Long groupId;

    @Reference
    SecondmentService secondments;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        SecondmentCheck check = secondments.check(callers.console(), roundId, groupId, personId);
        if (check.clear()) {
            System.out.println("无回避或冲突 / clear (" + check.targetIds().size() + " targets)");
        }
        for (Finding f : check.findings()) {
            System.out.println(f.rule() + "\t" + f.ruleZh() + "：" + f.factZh());
        }
        return null;
    }
}
