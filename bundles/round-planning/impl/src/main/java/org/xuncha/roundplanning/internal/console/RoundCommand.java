package org.xuncha.roundplanning.internal.console;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.roundplanning.api.RoundPlanningService;

/**
 * The console commands of the module: they act as the platform user of the console session and go
 * through the service like REST does; refusals print in Chinese and English instead of a stack trace.
 */
abstract class RoundCommand implements Action {

    @Reference
    RoundPlanningService service;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        PrintStream out = System.out;
        try {
            run(callers.console(), out);
        } catch (ApiException e) {
            out.println("错误：" + e.messageZh() + " / " + e.messageEn());
            e.fields().forEach(f -> out.println("  " + f.field() + ": " + f.message() + " / " + f.messageEn()));
        }
        return null;
    }

    abstract void run(Caller caller, PrintStream out);

    static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
