package org.xuncha.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleAssetsFilterTest {

    @Test
    void onlyHashedFilesAreCachedForLong() {
        assertThat(ConsoleAssetsFilter.cacheControl("/ui/shell/assets/index-CCkv8QNM.js")).contains("immutable");
        assertThat(ConsoleAssetsFilter.cacheControl("/ui/lib/chunks/element-plus-BiA5iXEP.js")).contains("max-age=31536000");
        assertThat(ConsoleAssetsFilter.cacheControl("/ui/lib/vue.js")).isEqualTo("no-cache");
        assertThat(ConsoleAssetsFilter.cacheControl("/ui/modules/example/index.js")).isEqualTo("no-cache");
    }

    @Test
    void brotliIsPreferredWhateverTheOrder() {
        assertThat(ConsoleAssetsFilter.encoding("gzip, deflate, br, zstd")).isEqualTo("br");
        assertThat(ConsoleAssetsFilter.encoding("gzip;q=1.0, br;q=0.5")).isEqualTo("br");
        assertThat(ConsoleAssetsFilter.encoding("gzip")).isEqualTo("gzip");
        assertThat(ConsoleAssetsFilter.encoding("*")).isEqualTo("br");
    }

    @Test
    void refusedOrUnknownEncodingsAreNotSent() {
        assertThat(ConsoleAssetsFilter.encoding(null)).isNull();
        assertThat(ConsoleAssetsFilter.encoding("")).isNull();
        assertThat(ConsoleAssetsFilter.encoding("identity")).isNull();
        assertThat(ConsoleAssetsFilter.encoding("deflate, zstd")).isNull();
        assertThat(ConsoleAssetsFilter.encoding("br;q=0, gzip")).isEqualTo("gzip");
        assertThat(ConsoleAssetsFilter.encoding("br;q=0, gzip;q=0.000")).isNull();
        assertThat(ConsoleAssetsFilter.encoding("*, br;q=0")).isEqualTo("gzip");
        assertThat(ConsoleAssetsFilter.encoding("gzip;q=abc")).isNull();
    }
}
