package org.xuncha.platform.internal.modules;

import javax.ws.rs.core.Response;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.internal.persistence.H2Housekeeping;
import org.xuncha.platform.internal.registry.PlatformResource;

@Service
@Command(scope = "xuncha", name = "status", description = "平台运行状态 / Platform status: database and modules")
public class StatusCommand implements Action {

    @Reference
    PlatformResource platform;

    @Reference
    ModuleManager manager;

    @Reference
    CallerResolver callers;

    @Reference
    H2Housekeeping h2;

    @Override
    public Object execute() throws Exception {
        Response r = platform.health();
        PlatformResource.Health h = (PlatformResource.Health) r.getEntity();
        System.out.println("状态 Status:   " + h.status());
        System.out.println("数据库 Database: " + h.database());
        H2Housekeeping.Storage file = h2.storage();
        if (file != null) {
            // what an administrator watches for disk space: the embedded database's file and how much of it is live
            System.out.printf("数据库文件 Database file: %.1f MiB, %d chunks, %d%% live%n", file.fileBytes() / 1048576.0, file.chunks(),
                    file.liveChunkPercent());
        }
        for (ModuleManager.ModuleStatus m : manager.list(callers.console())) {
            if (m.installed()) {
                System.out.printf("  %-20s %-12s %s%n", m.id(), m.installedVersion(), m.running() ? "运行中 running" : "未运行 NOT RUNNING");
            }
        }
        return null;
    }
}
