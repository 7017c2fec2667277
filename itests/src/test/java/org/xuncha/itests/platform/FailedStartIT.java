package org.xuncha.itests.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.itests.support.Distribution;

/**
 * The test kit's own promise: a distribution whose start fails leaves no Karaf running. The suites that
 * assign the started distribution to a field ({@code d = Distribution.unpack(..).start()}) never get the
 * object to close when the start fails, and a Karaf left behind loads the machine under every suite that
 * follows (browser steps then time out, and the first failure is hidden under the ones it causes).
 */
class FailedStartIT {

    @Test
    void aStartThatNeverComesUpLeavesNoProcessBehind(@TempDir Path dir) throws IOException {
        // an installation whose bin/karaf runs and never answers, as a Karaf hanging in its boot would
        Path zip = dir.resolve("hanging.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "hanging/bin/karaf", "#!/bin/sh\necho $$ > \"$(dirname \"$0\")/../pid\"\nexec sleep 600\n");
            entry(out, "hanging/bin/stop", "#!/bin/sh\nkill \"$(cat \"$(dirname \"$0\")/../pid\")\"\n");
        }
        Distribution hanging = Distribution.unpack(zip, "failed-start").startTimeout(Duration.ofSeconds(3));
        try {
            assertThatThrownBy(hanging::start).as("/api/health never answers").isNotNull();
            assertThat(hanging.process().isAlive()).as("the Karaf that did not come up is stopped").isFalse();
        } finally {
            hanging.close();
        }
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
