package org.xuncha.platform.security.internal.backup;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.platform.api.security.CallerResolver;

@Service
@Command(scope = "xuncha", name = "backup", description = "联机备份（数据库、已包裹的密钥、配置、清单）/ Online backup: database, wrapped keys, configuration, manifest")
public class BackupCommand implements Action {

    @Argument(index = 0, name = "directory", description = "备份目录，默认见 etc/org.xuncha.backup.cfg / where to write, default from etc/org.xuncha.backup.cfg")
    String directory;

    @Reference
    BackupService backups;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        Path dir = backups.backup(callers.console(), directory == null ? null : Path.of(directory), System.out::println);
        System.out.println("已备份到 / backup written to: " + dir);
        System.out.println("恢复见 / to restore see docs/operations.md: bin/xuncha-restore " + dir);
        return null;
    }
}
