package org.xuncha.platform.internal.modules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleManagerTest {

    @Test
    void modulesAreXunchaFeaturesExceptThePlatformItsRuntimeAndTheSets() {
        assertThat(ModuleManager.isModule("xuncha-round-planning")).isTrue();
        assertThat(ModuleManager.isModule("xuncha-example")).isTrue();
        assertThat(ModuleManager.isModule("xuncha-platform")).isFalse();
        assertThat(ModuleManager.isModule("xuncha-runtime")).isFalse();
        assertThat(ModuleManager.isModule("xuncha-county")).isFalse();
        assertThat(ModuleManager.isModule("xuncha-city")).isFalse();
        assertThat(ModuleManager.isModule("webconsole")).isFalse();
    }
}
