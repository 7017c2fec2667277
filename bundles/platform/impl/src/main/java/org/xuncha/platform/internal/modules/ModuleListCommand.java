package org.xuncha.platform.internal.modules;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.xuncha.platform.api.rest.Rest;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.internal.rest.ModuleApplications;

@Service
@Command(scope = "xuncha", name = "module-list", description = "列出可安装与已安装的模块 / List installed and available modules")
public class ModuleListCommand implements Action {

    @Reference
    ModuleManager manager;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Module");
        table.column("名称");
        table.column("Installed");
        table.column("Available");
        table.column("Through");
        table.column("Running");
        table.column("REST");
        for (ModuleManager.ModuleStatus m : manager.list(callers.console())) {
            table.addRow().addContent(m.id(), m.nameZh() == null ? "" : m.nameZh(),
                    m.installedVersion() == null ? "-" : m.installedVersion(), String.join(", ", m.availableVersions()),
                    m.installedThrough() == null ? "" : m.installedThrough(), m.running() ? "yes" : (m.installed() ? "NO" : ""),
                    m.rest());
        }
        table.print(System.out);
        for (ModuleApplications.Conflict c : manager.conflicts(callers.console())) {
            System.out.println("拒绝 / refused: " + c.bundle() + " 声明的模块 " + c.moduleId() + " 的接口路径 " + Rest.base(c.moduleId())
                    + " 已由 " + c.servedBy() + " 提供 / declares module " + c.moduleId() + ", whose base path is already served by "
                    + c.servedBy());
        }
        return null;
    }
}
