package org.xuncha.itests.archetype;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * An integrator starts a module from the module archetype, as the module-author guide says: the
 * module generated here (id {@code sample}) is laid out and named as every module is, builds against
 * the platform of this very build, passes its unit tests, and its own integration test installs it
 * into a running distribution with {@code xuncha:module-install} and uses {@code /api/sample/notes}
 * (401 before sign-in, 403 for the system administrator, 201 and pages for an office) — all as
 * generated, without a line changed. The build's artifacts reach the generated build through the
 * local repository (the invoker plugin installs them before the integration tests).
 */
class ModuleArchetypeIT {

    private static final String VERSION = "1.0.0-SNAPSHOT";

    @Test
    void aGeneratedModuleBuildsInstallsAndServesAsGenerated() throws Exception {
        Path work = Path.of(System.getProperty("xuncha.work"), "archetype").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        String root = Path.of(System.getProperty("xuncha.root")).toAbsolutePath().normalize().toString();

        maven(work, work, "generate", "org.apache.maven.plugins:maven-archetype-plugin:3.2.1:generate",
                "-DarchetypeGroupId=org.xuncha", "-DarchetypeArtifactId=xuncha-module-archetype", "-DarchetypeVersion=" + VERSION,
                "-DgroupId=org.xuncha.sample", "-DartifactId=xuncha-sample", "-Dversion=" + VERSION,
                "-Dpackage=org.xuncha.sample", "-DmoduleId=sample", "-DmoduleClass=Sample",
                "-DnameZh=样例模块", "-DnameEn=Sample module", "-DxunchaHome=" + root);
        Path module = work.resolve("xuncha-sample");

        // the layout of the guide's §2, under the module's own names, and nothing left of the example's
        Path internal = module.resolve("impl/src/main/java/org/xuncha/sample/internal");
        for (Path p : List.of(module.resolve("README.md"), internal.resolve("Store.java"), internal.resolve("SampleDescriptor.java"),
                internal.resolve("note/NoteServiceImpl.java"), internal.resolve("note/NoteRules.java"),
                internal.resolve("rest/NotesResource.java"), internal.resolve("console/NotesCommand.java"),
                module.resolve("api/src/main/java/org/xuncha/sample/api/SamplePermissions.java"),
                module.resolve("api/src/main/java/org/xuncha/sample/api/SampleEvents.java"),
                module.resolve("impl/src/main/resources/db/sample/changelog.xml"), module.resolve("impl/src/main/ui/index.js"),
                module.resolve("feature/src/main/feature/feature.xml"),
                module.resolve("itest/src/test/java/org/xuncha/sample/itest/SampleIT.java"))) {
            assertThat(p).exists();
        }
        assertThat(Files.readString(internal.resolve("rest/NotesResource.java"))).contains("@ModuleResource(\"sample\")");
        assertThat(Files.readString(internal.resolve("SampleDescriptor.java"))).contains("\"样例模块\"", "\"Sample module\"");
        assertThat(Files.readString(module.resolve("api/src/main/java/org/xuncha/sample/api/package-info.java"))).contains("Version(\"1.0.0\")");
        try (Stream<Path> files = Files.walk(module)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContainIgnoringCase("example").doesNotContain("symbol_");
            }
        }

        maven(module, work, "build", "install");

        assertThat(testsRun(module.resolve("impl/target/surefire-reports"))).as("unit tests of the generated module").isPositive();
        String summary = Files.readString(module.resolve("itest/target/failsafe-reports/failsafe-summary.xml"));
        assertThat(count(summary, "completed")).as("the generated integration test ran: " + summary).isPositive();
        assertThat(count(summary, "errors") + count(summary, "failures") + count(summary, "skipped")).as(summary).isZero();
        try (ZipFile kar = new ZipFile(module.resolve("feature/target/xuncha-sample-features-" + VERSION + ".kar").toFile())) {
            assertThat(kar.stream().map(e -> e.getName()).toList()).anyMatch(n -> n.endsWith("org.xuncha.sample.api-" + VERSION + ".jar"))
                    .anyMatch(n -> n.endsWith("org.xuncha.sample.impl-" + VERSION + ".jar"));
        }
    }

    /**
     * Runs Maven in {@code dir} as this build runs (same installation, local repository, offline or
     * not), logging to {@code <logs>/<name>.log}; fails with the end of the log.
     */
    private static void maven(Path dir, Path logs, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("xuncha.maven.home"), "bin", "mvn").toString(), "-B",
                "-Dmaven.repo.local=" + System.getProperty("org.ops4j.pax.url.mvn.localRepository")));
        if ("offline=true".equals(System.getProperty("xuncha.maven.mode"))) {
            command.add("-o");
        }
        command.addAll(List.of(args));
        Path log = logs.resolve(name + ".log");
        Process maven = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!maven.waitFor(20, TimeUnit.MINUTES)) {
            maven.destroyForcibly();
            throw new AssertionError("mvn " + name + " did not finish in 20 minutes; log: " + log);
        }
        if (maven.exitValue() != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new AssertionError("mvn " + name + " failed (" + log + "):\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size())));
        }
    }

    private static int testsRun(Path reports) throws IOException {
        int tests = 0;
        try (Stream<Path> files = Files.list(reports)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("TEST-")).toList()) {
                String xml = Files.readString(f);
                assertThat(count(xml, "failures") + count(xml, "errors")).as(f.toString()).isZero();
                tests += count(xml, "tests");
            }
        }
        return tests;
    }

    /** The number in the first {@code name="n"} attribute or {@code <name>n</name>} element. */
    private static int count(String xml, String name) {
        Matcher m = Pattern.compile("(?:\\b" + name + "=\"|<" + name + ">)(\\d+)").matcher(xml);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + xml);
        }
        return Integer.parseInt(m.group(1));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
