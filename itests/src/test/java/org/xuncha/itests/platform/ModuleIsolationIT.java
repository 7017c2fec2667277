package org.xuncha.itests.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.xuncha.itests.support.Accounts;
import org.xuncha.itests.support.Api;
import org.xuncha.itests.support.Distribution;
import org.xuncha.itests.support.Readers;
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Each module is served, changed and removed on its own (module contract v2, at the HTTP layer):
 * while clients keep reading the platform and other modules, a module is installed, used, upgraded
 * to a new release (a schema change and a new API method), removed and installed again from its
 * KAR, and another module's implementation is re-read. The readers of the other modules and of the
 * platform get nothing but their steady answers; the module being changed answers only its steady
 * answers, 503 module_unavailable with Retry-After, or 404 module_not_installed.
 *
 * <p>/auth/me is compared without its permissions, which list those of the modules installed.
 *
 * <p>Before the change (one JAX-RS application for every module) the same steps made every
 * path under /api answer a bare 404 while the application was rebuilt: 50 of them for the install
 * of the example module, 937 over 1.7 s for the update of round planning, 51 for the uninstall.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModuleIsolationIT {

    private static final String READER = "office1";
    /** Release 1.1.0 of the example (built by the itests build from src/it/example-1.1). */
    private static final Path KAR_1_1 = Path.of(System.getProperty("xuncha.example11.kar",
            "target/example-1.1/features/xuncha-example-features-1.1.0.kar"));
    /**
     * The same release as a repository only (Karaf-Feature-Start: false): dropped into deploy/ it makes
     * 1.1.0 available, and the administrator moves the installed 1.0 to it with xuncha:module-update. (A KAR
     * that installs its feature would install 1.1.0 beside 1.0 the moment it is dropped.)
     */
    private static final Path UPGRADE_KAR_1_1 = Path.of(System.getProperty("xuncha.example11.upgradeKar",
            "target/example-1.1/features/xuncha-example-features-1.1.0-upgrade.kar"));

    private Distribution dist;
    private Accounts accounts;
    private Api office;
    private long unit;

    @BeforeAll
    void start() {
        assertThat(KAR_1_1).as("example 1.1.0 built by the itests build").exists();
        assertThat(UPGRADE_KAR_1_1).exists();
        dist = Distribution.unpack("isolation");
        dist.start();
        accounts = dist.accounts();
        accounts.sysadmin();
        office = accounts.user(READER, null, null, "office-staff");
        office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        unit = office.post("/platform/reference/units", Map.of("code", "LC-ZZB", "name", "中共聊城市委组织部",
                "divisionCode", "371500", "active", true)).expect(201).path("id").asLong();
    }

    @AfterAll
    void stop() {
        if (dist != null) {
            dist.close();
        }
    }

    /** A client of its own (one session) for each reader. */
    private Supplier<Api> reader() {
        return () -> accounts.user(READER, null, null);
    }

    @Test
    @Order(1)
    void theExampleModuleIsInstalledUpgradedRemovedAndInstalledAgainWhileTheOthersAreRead() {
        String notes = "/example/notes?unitId=" + unit + "&sort=id";
        assertThat(office.get(notes).expect(404).path("code").asText()).isEqualTo("module_not_installed");

        List<Readers.Reader> bystanders = new ArrayList<>();
        Readers.Reader example;
        try (Readers readers = new Readers()) {
            bystanders.add(readers.bystander("me", reader(), "/auth/me", List.of("permissions")));
            bystanders.add(readers.bystander("units", reader(), "/platform/reference/units?size=20"));
            bystanders.add(readers.bystander("rounds", reader(), "/round-planning/rounds"));
            bystanders.add(readers.bystander("templates", reader(), "/interview-records/templates"));
            example = readers.add("example notes", reader(), notes,
                    Readers.changingModule(r -> r.status() == 200 && r.json().path("items").isArray()));
            readers.start();
            readers.awaitAnswers(5);

            readers.phase("install 1.0");
            assertThat(console("xuncha:module-install example")).contains("已安装模块 example");
            Wait.until(Duration.ofSeconds(120), () -> office.get(notes).status() == 200);
            readers.awaitAnswers(5);

            readers.phase("use 1.0");
            List<Long> written = new ArrayList<>();
            for (String text : List.of("进驻前听取纪委监委意见", "调阅三重一大会议记录", "个别谈话安排在第二周")) {
                written.add(office.post("/example/notes", Map.of("unitId", unit, "text", text)).expect(201).path("id").asLong());
            }
            assertThat(office.get("/example/labels?unitId=" + unit).status()).as("1.0 has no labels").isEqualTo(404);

            readers.phase("1.1.0 made available");
            dist.deploy(UPGRADE_KAR_1_1);
            Wait.until(Duration.ofSeconds(120), () -> exampleModule().get(AVAILABLE).endsWith(", 1.1.0"));
            assertThat(exampleModule().get(INSTALLED)).as("1.1.0 only made available").startsWith("1.0.0");

            readers.phase("update to 1.1.0");
            assertThat(console("xuncha:module-update example")).contains("更新到 1.1.0");
            Wait.until(Duration.ofSeconds(120), () -> office.get("/example/labels?unitId=" + unit).status() == 200);
            readers.awaitAnswers(5);

            readers.phase("use 1.1.0");
            assertThat(exampleModule().get(INSTALLED)).isEqualTo("1.1.0");
            JsonNode kept = office.get(notes).expect(200).path("items");
            assertThat(StreamSupport.stream(kept.spliterator(), false).map(n -> n.path("id").asLong()).toList())
                    .as("the notes written with 1.0, read with 1.1.0").isEqualTo(written);
            assertThat(kept.get(0).path("text").asText()).isEqualTo("进驻前听取纪委监委意见");
            JsonNode labelled = office.put("/example/labels/" + written.get(1), Map.of("label", "重要")).expect(200);
            assertThat(labelled.path("label").asText()).isEqualTo("重要");
            JsonNode labels = office.get("/example/labels?unitId=" + unit).expect(200);
            assertThat(labels).hasSize(1);
            assertThat(labels.get(0).path("noteId").asLong()).isEqualTo(written.get(1));
            assertThat(labels.get(0).path("label").asText()).as("kept in the column 1.1.0 added").isEqualTo("重要");

            readers.phase("uninstall");
            assertThat(console("xuncha:module-uninstall example")).contains("已卸载模块 example");
            Wait.until(Duration.ofSeconds(120), () -> office.get(notes).status() == 404);
            readers.awaitAnswers(5);

            readers.phase("KAR dropped into deploy/");
            dist.deploy(KAR_1_1);
            Wait.until(Duration.ofSeconds(180), () -> office.get("/example/labels?unitId=" + unit).status() == 200);
            readers.awaitAnswers(5);
            readers.phase("done");
            System.out.println("Example installed, upgraded, removed, installed from its KAR:\n" + readers.report());
        }

        assertThat(office.get(notes).expect(200).path("items")).as("the notes survive the removal").hasSize(3);
        assertThat(office.get("/example/labels?unitId=" + unit).expect(200).get(0).path("label").asText()).isEqualTo("重要");
        for (Readers.Reader b : bystanders) {
            assertThat(b.deviations()).as("answers of %s other than its steady one: %s", b.name(), b.deviationSamples()).isZero();
            assertThat(b.answers()).as("requests by %s", b.name()).isGreaterThan(50);
        }
        assertThat(example.deviations()).as("answers of the example module other than allowed: %s", example.deviationSamples()).isZero();
        assertThat(example.count("200")).isPositive();
        assertThat(example.count("404 module_not_installed")).as("while uninstalled").isPositive();
    }

    @Test
    @Order(2)
    void reReadingRoundPlanningLeavesThePlatformAndInterviewRecordsAlone() {
        List<Readers.Reader> bystanders = new ArrayList<>();
        Readers.Reader rounds;
        try (Readers readers = new Readers()) {
            bystanders.add(readers.bystander("me", reader(), "/auth/me", List.of("permissions")));
            bystanders.add(readers.bystander("units", reader(), "/platform/reference/units?size=20"));
            bystanders.add(readers.bystander("templates", reader(), "/interview-records/templates"));
            long template = office.get("/interview-records/templates").expect(200).get(0).path("id").asLong();
            bystanders.add(readers.bystander("template", reader(), "/interview-records/templates/" + template));
            Api.Response steadyRounds = office.get("/round-planning/rounds");
            rounds = readers.add("rounds", reader(), "/round-planning/rounds",
                    Readers.changingModule(r -> r.status() == 200 && java.util.Arrays.equals(r.bytes(), steadyRounds.bytes())));
            readers.start();
            readers.awaitAnswers(5);

            readers.phase("update round-planning");
            assertThat(console("xuncha:module-update round-planning")).contains("org.xuncha.roundplanning.impl");
            Wait.until(Duration.ofSeconds(120), () -> office.get("/round-planning/rounds").status() == 200);
            readers.awaitAnswers(20);
            readers.phase("done");
            System.out.println("Round planning re-read:\n" + readers.report());
        }
        for (Readers.Reader b : bystanders) {
            assertThat(b.deviations()).as("answers of %s other than its steady one: %s", b.name(), b.deviationSamples()).isZero();
            assertThat(b.answers()).as("requests by %s", b.name()).isGreaterThan(50);
        }
        assertThat(rounds.deviations()).as("answers of round planning other than allowed: %s", rounds.deviationSamples()).isZero();
    }

    private String console(String command) {
        return accounts.console(dist, "sysadmin", command);
    }

    private static final int INSTALLED = 2;
    private static final int AVAILABLE = 3;

    /** The example's row in xuncha:module-list: module, name, installed, available, through, running, REST. */
    private List<String> exampleModule() {
        String row = console("xuncha:module-list").lines().filter(l -> l.startsWith("example ")).findFirst()
                .orElseThrow(() -> new AssertionError("example not listed"));
        return java.util.Arrays.stream(row.split("\\|")).map(String::trim).toList();
    }
}
