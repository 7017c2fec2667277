package org.xuncha.platform.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UriGateTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/health", "/api/platform/reference/units/12", "/api/x%20y", "/api/%E5%B7%A1%E5%AF%9F", "/api/巡察",
        "/api/emoji/%F0%9F%98%80", "/api/emoji/😀", "/", "/api/a.b/c..d/...", "/api/%2e%2e%2e", "/api/x;jsessionid=1", "/api/100%25"})
    void letsWellFormedPathsThrough(String path) {
        assertThat(UriGate.problem(path, null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=1&size=20", "text=%E5%B7%A1%E5%AF%9F", "text=a+b", "a=%25", "x", "", "from=2026-02-30"})
    void letsWellFormedQueriesThrough(String query) {
        assertThat(UriGate.problem("/api/x", query)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/x%zz", "/api/x%u2215", "/api/x%uFFFF", "/api/x%", "/api/x%4", "/api/x%G0"})
    void refusesMalformedPercentEncoding(String path) {
        assertThat(UriGate.problem(path, null)).isEqualTo("Malformed percent-encoding in URI");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/%C0%AF", "/api/%C0%AE%C0%AE/x", "/api/%FF", "/api/%E5%B7", "/api/%ED%A0%80", "/api/%F4%90%80%80", "/api/\uFFFD"})
    void refusesPercentEncodedBytesThatAreNotUtf8(String path) {
        assertThat(UriGate.problem(path, null)).isEqualTo("URI is not valid UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/platform/reference/units/1%2F2", "/api/units/a%2fb", "/api/..%2Fhealth", "/api/x%5Cy", "/api/x%5c"})
    void refusesEncodedPathSeparators(String path) {
        assertThat(UriGate.problem(path, null)).isEqualTo("Ambiguous URI path separator");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/%2e%2e/x", "/api/%2E/x", "/api/x/.%2e", "/api/x/%2e.;a=b/y", "/api/x/%2e%2e"})
    void refusesEncodedDotSegments(String path) {
        assertThat(UriGate.problem(path, null)).isEqualTo("Ambiguous URI path segment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=%zz", "a=%", "a=%C0%AF", "text=%FF", "t=%u0041"})
    void refusesBadQueries(String query) {
        assertThat(UriGate.problem("/api/platform/reference/units", query)).isNotNull();
    }
}
