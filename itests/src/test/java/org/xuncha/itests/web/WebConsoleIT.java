package org.xuncha.itests.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xuncha.itests.support.ConsoleRelay;
import org.xuncha.itests.support.Distribution;

/**
 * The web console in a real browser: the distribution runs as a process and
 * {@code src/test/browser/*.test.mjs} (node's test runner, playwright-core, Debian's Chromium)
 * signs in as the three administrators and an office user, imports and creates units, reads the
 * dashboard, and installs and removes the example module from the Karaf console while the page stays
 * open. Screenshots go to {@code target/screenshots}.
 *
 * <p>Needs {@code node} (20.19+) and {@code /usr/bin/chromium} (Debian package {@code chromium}; Chinese
 * text needs {@code fonts-noto-cjk}). {@code -Dxuncha.browser.skip=true} skips it on a machine without them.
 */
class WebConsoleIT {

    /**
     * A guard against a hung browser, not a time budget (each step has its own timeouts): the files take
     * about 5 minutes on a quiet machine, longer beside another suite (they run two at a time) or under load.
     */
    private static final long NODE_TIMEOUT_MINUTES = 15;
    private static final List<String> UNIT_COLUMNS = List.of("单位编码", "单位名称", "所属区划代码", "上级单位编码", "领域", "板块", "系统", "状态");

    private static Distribution distribution;
    private static ConsoleRelay relay;

    @BeforeAll
    static void start() {
        Assumptions.assumeFalse(Boolean.getBoolean("xuncha.browser.skip"), "browser tests skipped (-Dxuncha.browser.skip=true)");
        // every browser file signs in many times from 127.0.0.1; the sign-in throttle itself is SecurityIT's
        distribution = Distribution.unpack("web-console").configure("org.xuncha.security.cfg", "loginAttemptsPerMinute", "1000").start();
    }

    @AfterAll
    static void stop() {
        if (relay != null) {
            relay.close();
        }
        if (distribution != null) {
            distribution.close();
        }
    }

    @Test
    void theConsoleWorksInABrowser() throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("xuncha.work", "target/runs"), "browser"));
        Path bad = work.resolve("units-one-bad-row.xlsx");
        Path good = work.resolve("units.xlsx");
        writeUnits(bad, true);
        writeUnits(good, false);
        Path scripts = Path.of(System.getProperty("xuncha.browser.tests"));
        Path web = Path.of(System.getProperty("xuncha.web.dir"));
        assertTrue(Files.isDirectory(web.resolve("node_modules/playwright-core")),
                "playwright-core is missing from " + web + "/node_modules: build bundles/platform/web first");
        Path log = work.resolve("console-test.log");

        // every *.test.mjs of the folder, one after the other against the same distribution: the shell's
        // file first, then one file per module's pages (each uses its own units, users and rounds).
        // -Dxuncha.browser.only=lead-transfer,rectification runs the shell's file and those only (while
        // working on one module's pages; CI runs all)
        List<String> only = List.of(System.getProperty("xuncha.browser.only", "").split(",")).stream().filter(o -> !o.isBlank()).toList();
        List<String> command = new java.util.ArrayList<>(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec"));
        try (var files = Files.list(scripts)) {
            files.map(Path::toString).filter(f -> f.endsWith(".test.mjs"))
                    .filter(f -> only.isEmpty() || f.endsWith("console.test.mjs") || only.stream().anyMatch(o -> f.endsWith("/" + o + ".test.mjs")))
                    .sorted(
                    java.util.Comparator.comparing((String f) -> !f.endsWith("console.test.mjs")).thenComparing(f -> f))
                    .forEach(command::add);
        }
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        // the office's day is Beijing time on the server (org.xuncha.clock zone); the scripts' dates and the
        // browser's must be too, or every run after 16:00 UTC counts "three days ago" as two
        env.put("TZ", "Asia/Shanghai");
        env.put("XUNCHA_URL", "http://127.0.0.1:" + distribution.httpPort());
        env.put("XUNCHA_HOME", distribution.home().toString());
        env.put("XUNCHA_WEB_DIR", web.toString());
        env.put("XUNCHA_SCREENSHOTS", System.getProperty("xuncha.screenshots"));
        env.put("XUNCHA_UNITS_BAD", bad.toString());
        env.put("XUNCHA_UNITS_GOOD", good.toString());
        // the scripts' karaf() runs console commands on the system administrator's console session of this
        // JVM (one sign-in, one code, for all), not a bin/client sign-in each
        relay = new ConsoleRelay(distribution, distribution.accounts(), "sysadmin");
        env.put("XUNCHA_CONSOLE_URL", relay.url());
        env.put("XUNCHA_CONSOLE_TOKEN", relay.token());
        Process node = pb.start();
        boolean finished = node.waitFor(NODE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            node.descendants().forEach(ProcessHandle::destroyForcibly);
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertTrue(finished, "the browser tests did not finish within " + NODE_TIMEOUT_MINUTES + " minutes:\n" + output);
        assertEquals(0, node.exitValue(), () -> "browser tests failed (screenshots in " + System.getProperty("xuncha.screenshots")
                + "):\n" + output + "\n--- karaf.log (tail) ---\n" + tail(distribution.log(), 60));
    }

    /**
     * What a browser gets over the wire (issue 20, a light console): the shared libraries come
     * precompressed and the bulk of their bytes from content-hashed files kept for a year; what
     * keeps a stable name is revalidated. Chromium in the test above loads the whole console this
     * way (it sends {@code Accept-Encoding: gzip, deflate, br, zstd}); this checks the bytes.
     */
    @Test
    void theConsoleFilesGoCompressedAndTheHashedOnesAreKept() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + distribution.httpPort();
        String stub = new String(get(http, base + "/ui/lib/element-plus.js", null).body(), StandardCharsets.UTF_8);
        Matcher hashed = Pattern.compile("\\./chunks/(element-plus-[\\w-]+\\.js)").matcher(stub);
        assertTrue(hashed.find(), "the stable name re-exports a hashed file: " + stub);
        String chunk = base + "/ui/lib/chunks/" + hashed.group(1);

        HttpResponse<byte[]> plain = get(http, chunk, null);
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "nothing accepted, nothing encoded");
        assertEquals("public, max-age=31536000, immutable", plain.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<byte[]> gzip = get(http, chunk, "gzip, deflate");
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(gzip.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
        assertTrue(gzip.body().length * 3 < plain.body().length, "gzip " + gzip.body().length + " of " + plain.body().length);
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzip.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes(), "the gzip copy is the same file");
        }
        HttpResponse<byte[]> br = get(http, chunk, "gzip, deflate, br, zstd");
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(br.body().length < gzip.body().length, "brotli " + br.body().length + " < gzip " + gzip.body().length);
        String etag = br.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(chunk)).header("Accept-Encoding", "br")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode(), "revalidated without the body");

        assertEquals("no-cache", get(http, base + "/ui/lib/element-plus.js", "br").headers().firstValue("Cache-Control").orElse(""),
                "a stable name is revalidated, so a platform update shows at once");
        String page = new String(get(http, base + "/", null).body(), StandardCharsets.UTF_8);
        assertTrue(page.matches("(?s).*href=\"/ui/lib/chunks/element-plus-[\\w-]+\\.css\".*"), "the page links the hashed style sheet");
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url, String acceptEncoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    /**
     * Four units of 聊城市, one the child of another defined in the same file; with {@code oneBad} the
     * third data row (Excel row 4) names a division that does not exist.
     */
    static void writeUnits(Path file, boolean oneBad) throws IOException {
        List<List<String>> rows = List.of(
                List.of("LC-JTYS", "聊城市交通运输局党组", "371500", "", "党政机关", "经济发展", "交通运输系统", "在用"),
                List.of("LC-WJW", "聊城市卫生健康委员会党组", "371500", "", "党政机关", "社会民生", "卫生健康系统", "在用"),
                List.of("LC-NYJT", "聊城市农业发展集团有限公司党委", oneBad ? "379999" : "371500", "", "国有企业", "经济发展", "", "在用"),
                List.of("LC-SRMYY", "聊城市人民医院党委", "371500", "LC-WJW", "事业单位", "社会民生", "卫生健康系统", "在用"));
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "xuncha-itests", "1.0");
            Worksheet ws = wb.newWorksheet("单位");
            for (int c = 0; c < UNIT_COLUMNS.size(); c++) {
                ws.value(0, c, UNIT_COLUMNS.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    ws.value(r + 1, c, rows.get(r).get(c));
                }
            }
            wb.finish();
        }
    }
}
