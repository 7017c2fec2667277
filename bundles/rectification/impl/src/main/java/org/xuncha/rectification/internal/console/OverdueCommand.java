package org.xuncha.rectification.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.rectification.api.Task;
import org.xuncha.rectification.api.TaskQuery;
import org.xuncha.rectification.api.TaskService;

/** {@code xuncha:rectification-overdue}: open tasks past their deadline, in the console user's scope. */
@Service
@Command(scope = "xuncha", name = "rectification-overdue", description = "逾期整改任务 / Overdue rectification tasks")
public class OverdueCommand implements Action {

    @Reference
    TaskService tasks;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        Page<Task> overdue = tasks.tasks(callers.console(), new TaskQuery(null, null, null, null, null, true),
                PageRequest.of(1, 500, "deadline", TaskService.SORTABLE, "deadline"));
        System.out.println("overdue: " + overdue.total());
        for (Task t : overdue.items()) {
            System.out.println(t.id() + "\tledger " + t.ledgerId() + "\t" + t.deadline() + "\t" + t.responsibleLeader() + "\t" + t.status());
        }
        return null;
    }
}
