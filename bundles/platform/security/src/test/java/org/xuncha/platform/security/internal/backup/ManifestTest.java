package org.xuncha.platform.security.internal.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWroteAndNamesEveryDifference() throws Exception {
        Manifest m = new Manifest(Map.of("version", "1.0.0"), Map.of("org.xuncha.platform.security", "1.0.0"),
                Map.of("xc_unit", 12L, "xc_audit", 40L), 40, "ab12");
        m.write(dir.resolve(Manifest.FILE));
        assertThat(Files.readString(dir.resolve(Manifest.FILE))).contains("table.xc_unit = 12").contains("audit.seq = 40");
        Manifest read = Manifest.read(dir.resolve(Manifest.FILE));
        assertThat(read).isEqualTo(new Manifest(Map.of("version", "1.0.0"), Map.of("org.xuncha.platform.security", "1.0.0"),
                Map.of("xc_unit", 12L, "xc_audit", 40L), 40, "ab12"));

        assertThat(read.differences(Map.of("xc_unit", 12L, "xc_audit", 40L, "xc_new", 3L), 40, "ab12")).as("tables created later do not count")
                .isEmpty();
        assertThat(read.differences(Map.of("xc_unit", 11L, "xc_audit", 40L), 40, "ab12")).singleElement().asString()
                .contains("xc_unit").contains("12").contains("11");
        assertThat(read.differences(Map.of("xc_audit", 40L), 41, "cd34")).hasSize(2).anySatisfy(d -> assertThat(d).contains("missing"))
                .anySatisfy(d -> assertThat(d).contains("audit head"));
    }
}
