package org.xuncha.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.xuncha.platform.api.AbstractModuleDescriptor;
import org.xuncha.platform.api.ModuleDescriptor;
import org.xuncha.platform.api.ModuleLevel;
import org.xuncha.platform.api.PermissionDefinition;

class InstalledModulesTest {

    @Test
    void fingerprintChangesWhenAModuleComesOrGoesEvenIfTheListIsTheSameAgain() {
        InstalledModules installed = new InstalledModules();
        ModuleDescriptor platform = descriptor("platform", "1.0.0");
        ModuleDescriptor example = descriptor("example", "1.2.0");
        installed.addModule(platform, Map.of(Constants.SERVICE_ID, 7L));
        String before = installed.json();
        assertThat(before).contains("{\"id\":\"platform\",\"version\":\"1.0.0\",\"revision\":7}");

        installed.addModule(example, Map.of(Constants.SERVICE_ID, 12L));
        String with = installed.json();
        assertThat(with).contains("\"example\"").isNotEqualTo(before);
        assertThat(with.indexOf("\"example\"")).isLessThan(with.indexOf("\"platform\""));

        installed.removeModule(example);
        String after = installed.json();
        assertThat(after).doesNotContain("example");
        assertThat(fingerprint(after)).isNotEqualTo(fingerprint(before));
    }

    @Test
    void quotesWhatJsonNeedsQuoted() {
        assertThat(InstalledModules.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\u000a\"");
        assertThat(InstalledModules.quote(null)).isEqualTo("null");
    }

    private static String fingerprint(String json) {
        return json.substring(0, json.indexOf(",\"modules\""));
    }

    private static ModuleDescriptor descriptor(String id, String version) {
        return new AbstractModuleDescriptor(id, id, id, version, ModuleLevel.BOTH) {
            @Override
            public List<PermissionDefinition> permissions() {
                return List.of();
            }
        };
    }
}
