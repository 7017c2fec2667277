package org.xuncha.demo.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "demo-status", description = "演示数据加载情况 / What the demo loader has loaded")
public class StatusCommand implements Action {

    @Reference
    DemoLoader loader;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        callers.console().require("platform.modules.read");
        System.out.println("演示模式 demo mode: " + (loader.enabled() ? "开启 on" : "关闭 off") + "; 加载程序 loader: "
                + (loader.idle() ? "空闲 idle" : "工作中 busy") + "; 已就绪部分 parts present: " + String.join(", ", loader.present()));
        for (DemoLoader.PartStatus p : loader.status()) {
            System.out.printf("%-16s %-16s %-8s %6d rows %7d ms  %s%s%n", p.part(), p.module(), p.status(), p.rows(), p.millis(),
                    p.finishedAt(), p.message() == null ? "" : "  " + p.message());
        }
        loader.waiting().forEach((part, module) -> System.out.printf("%-16s %-16s WAITING%n", part, module));
        System.out.println("仅有数据、待模块提供写入接口 / data only, waiting for the modules' write services: "
                + String.join(", ", DemoLoader.DATA_ONLY));
        return null;
    }
}
