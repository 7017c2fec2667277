package org.xuncha.platform.internal.modules;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "module-uninstall", description = "卸载模块（数据保留）/ Remove a module (its data stays)")
public class ModuleUninstallCommand implements Action {

    @Argument(index = 0, name = "id", description = "module id, e.g. round-planning", required = true)
    @Completion(ModuleIdCompleter.class)
    String id;

    @Reference
    ModuleManager manager;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        System.out.println(manager.uninstall(callers.console(), id));
        return null;
    }
}
