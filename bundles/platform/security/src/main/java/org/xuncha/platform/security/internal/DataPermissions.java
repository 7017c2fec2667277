package org.xuncha.platform.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes {@code data/} (database, logs, audit anchor log, one-time credentials) and its
 * {@code xuncha/} and {@code log/} folders owner-only at every start, whatever the unpacking tool
 * gave them. {@code bin/setenv} sets {@code umask 077}, so what the platform creates inside is
 * owner-only too; this covers the folders that existed before the first start and installations
 * started some other way. Where the file system has no POSIX permissions, see docs/security.md.
 */
@Component(immediate = true, service = {})
public class DataPermissions {

    private static final Logger LOG = LoggerFactory.getLogger(DataPermissions.class);

    @Activate
    public DataPermissions() {
        String data = System.getProperty("karaf.data");
        if (data != null) {
            restrict(Path.of(data));
        }
    }

    static void restrict(Path data) {
        for (Path dir : new Path[] {data, data.resolve("xuncha"), data.resolve("log")}) {
            try {
                if (Files.isDirectory(dir)) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            } catch (UnsupportedOperationException notPosix) {
                return;
            } catch (IOException e) {
                LOG.warn("Cannot make {} owner-only: {}", dir, e.toString());
            }
        }
    }
}
