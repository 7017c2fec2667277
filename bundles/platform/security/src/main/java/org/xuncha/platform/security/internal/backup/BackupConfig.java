package org.xuncha.platform.security.internal.backup;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** PID org.xuncha.backup (etc/org.xuncha.backup.cfg): where backups go and the scheduled backup. */
@ObjectClassDefinition(name = "xuncha backup", description = "联机备份 / online backup")
public @interface BackupConfig {

    @AttributeDefinition(description = "备份目录（应在另一块磁盘或另一台机器上）；空：安装目录下的 backups/ / where backups are written; empty: backups/ in the installation")
    String directory() default "";

    @AttributeDefinition(description = "定时备份间隔（小时），0为不定时备份 / hours between scheduled backups, 0: none")
    int intervalHours() default 0;

    @AttributeDefinition(description = "保留最近几份备份（定时与手动备份一起计） / how many backups to keep, the oldest are removed")
    int keep() default 7;
}
