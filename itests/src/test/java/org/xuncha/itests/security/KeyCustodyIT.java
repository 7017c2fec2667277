package org.xuncha.itests.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

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
import org.xuncha.itests.support.Wait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keys and the audit trail against someone who holds the installation's files or its database: one
 * installation run as a process, in steps. It anchors its seals outside the database and audits
 * refusals and settings changes; stopped, two avoidance notes are swapped between their rows and the
 * audit tail is cut back to a seal (JDBC on the H2 file), and started again the swap is a 409 and
 * {@code verify} names the cut; a copy of its {@code data/} and {@code etc/} started without the
 * key-encryption secret refuses to start, and nothing in the copy opens its ciphertexts; its data
 * started without its keys refuses, naming them, and writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeyCustodyIT {

    private static final String NOTE_A = "其配偶在该单位财务科任职-甲";
    private static final String NOTE_B = "曾在该单位工作至2019年-乙";

    private Distribution dist;
    private Distribution copy;
    private Accounts accounts;
    private Api office;
    private long person;
    private final List<Long> avoidances = new ArrayList<>();
    private long firstSeal;
    private long lastAnchored;

    @BeforeAll
    void start() {
        dist = Distribution.unpack("key-custody").start();
        accounts = dist.accounts();
    }

    @AfterAll
    void close() {
        if (copy != null) {
            copy.close();
        }
        dist.close();
    }

    private Connection database(Distribution d) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + d.home().resolve("data/xuncha/db/xuncha").toAbsolutePath(), "xuncha", "xuncha");
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Path anchors(Distribution d) {
        return d.home().resolve("data/xuncha/audit-anchors.log");
    }

    @Test
    @Order(1)
    void sealsAreAnchoredOutsideTheDatabaseAndRefusalsAndSettingsChangesAreAudited() throws Exception {
        accounts.sysadmin();
        office = accounts.user("custody1", null, null, "office-staff");
        office.put("/platform/reference/divisions/371500", Map.of("nameZh", "聊城市", "level", "CITY")).expectSaved();
        long unit = office.post("/platform/reference/units", Map.of("code", "LC-CZ", "name", "聊城市财政局", "divisionCode", "371500",
                "field", "党政机关", "active", true)).expect(201).path("id").asLong();
        person = office.post("/platform/reference/persons", Map.of("name", "李某某", "unitId", unit, "post", "科员", "leadership", "STAFF",
                "active", true)).expect(201).path("id").asLong();
        for (String[] a : new String[][] {{"RELATIVE", NOTE_A}, {"PAST_WORK", NOTE_B}}) {
            avoidances.add(office.post("/round-planning/rounds/avoidances", Map.of("personId", person, "unitId", unit, "kind", a[0],
                    "note", a[1])).expect(201).path("id").asLong());
        }
        assertThat(notes()).containsExactly(NOTE_A, NOTE_B);

        Api auditor = accounts.auditor();
        firstSeal = auditor.post("/platform/audit/seal", Map.of()).expect(200).path("sealedSeq").asLong();
        // a refusal: an office account asking for the account list (security.users.read)
        assertThat(office.get("/platform/security/users").status()).isEqualTo(403);
        // a settings change, as an administrator edits etc/org.xuncha.security.cfg
        Files.writeString(dist.home().resolve("etc/org.xuncha.security.cfg"), "\nmaxFailedLogins = 6\n", StandardOpenOption.APPEND);
        Wait.until(Duration.ofSeconds(60), () -> auditor.get("/platform/audit?entityType=settings&size=50").expect(200).toString()
                .contains("maxFailedLogins 5→6"));
        JsonNode refusals = auditor.get("/platform/audit?entityType=refusal&actor=custody1").expect(200);
        assertThat(refusals.path("total").asLong()).as(refusals.toString()).isEqualTo(1);
        assertThat(refusals.path("items").get(0).path("summary").asText()).isEqualTo("拒绝访问（forbidden）：GET /api/platform/security/users");
        long secondSeal = auditor.post("/platform/audit/seal", Map.of()).expect(200).path("sealedSeq").asLong();
        assertThat(secondSeal).isGreaterThan(firstSeal);

        JsonNode verdict = auditor.get("/platform/audit/verify").expect(200);
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("anchors").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(verdict.path("anchoredSeq").asLong()).isEqualTo(secondSeal);
        Path log = anchors(dist);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(log)).anySatisfy(l -> assertThat(l).contains(" seq=" + firstSeal + " ").contains(" sig="));
    }

    private List<String> notes() {
        List<String> result = new ArrayList<>();
        office.get("/round-planning/rounds/avoidances?personId=" + person).expect(200).forEach(a -> result.add(a.path("note").asText()));
        return result;
    }

    /** Stopped: the two notes swapped between their rows, the audit tail cut back to the first seal, as a database administrator could. */
    @Test
    @Order(2)
    void aCiphertextMovedToAnotherRowIsRefusedAndAudited() throws Exception {
        dist.stop();
        List<String> lines = Files.readAllLines(anchors(dist));
        String last = lines.get(lines.size() - 1);
        lastAnchored = Long.parseLong(last.replaceAll(".* seq=(\\d+) .*", "$1"));
        try (Connection c = database(dist)) {
            String a = note(c, avoidances.get(0));
            String b = note(c, avoidances.get(1));
            setNote(c, avoidances.get(0), b);
            setNote(c, avoidances.get(1), a);
            String hash;
            try (PreparedStatement ps = c.prepareStatement("select hash from xc_audit where seq = ?")) {
                ps.setLong(1, firstSeal);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    hash = rs.getString(1);
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from xc_audit where seq > " + firstSeal);
                s.executeUpdate("delete from xc_audit_seal where seq > " + firstSeal);
                s.executeUpdate("update xc_audit_head set last_seq = " + firstSeal + ", last_hash = '" + hash + "' where id = 1");
            }
        }
        dist.start();
        accounts.signInAgain();
        office = accounts.user("custody1", null, null, "office-staff");

        Api.Response swapped = office.get("/round-planning/rounds/avoidances?personId=" + person);
        assertThat(swapped.status()).as(swapped.text()).isEqualTo(409);
        assertThat(swapped.json().path("code").asText()).isEqualTo("integrity_error");
        assertThat(swapped.json().path("message").asText()).contains("xc_rp_avoidance.note_cipher").contains("已记入审计");
        assertThat(swapped.json().path("messageEn").asText()).contains("does not belong there or was altered");
        JsonNode audited = accounts.auditor().get("/platform/audit?entityType=integrity").expect(200);
        assertThat(audited.path("total").asLong()).as(audited.toString()).isGreaterThanOrEqualTo(1);
        assertThat(audited.path("items").get(0).path("actor").asText()).isEqualTo("custody1");
        assertThat(audited.path("items").get(0).path("summary").asText()).contains("xc_rp_avoidance.note_cipher");
    }

    private static String note(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select note_cipher from xc_rp_avoidance where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void setNote(Connection c, long id, String cipher) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update xc_rp_avoidance set note_cipher = ? where id = ?")) {
            ps.setString(1, cipher);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    @Test
    @Order(3)
    void verifyNamesTheTailCutBackToASeal() {
        JsonNode verdict = accounts.auditor().get("/platform/audit/verify").expect(200);
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isFalse();
        // the platform went on writing records under the freed numbers: the head was set back and the chain continued
        assertThat(verdict.path("problem").asText()).as(verdict.toString()).isIn("tail_removed", "head_rewound");
        assertThat(verdict.path("firstBadSeq").asLong()).as(verdict.toString()).isEqualTo(firstSeal + 1);
        assertThat(verdict.path("lastBadSeq").asLong()).as(verdict.toString()).isEqualTo(lastAnchored);
        assertThat(verdict.path("message").asText()).contains("第" + (firstSeal + 1) + "至" + lastAnchored + "号");
        assertThat(verdict.path("messageEn").asText()).contains((firstSeal + 1) + " to " + lastAnchored);
    }

    @Test
    @Order(4)
    void aCopyOfDataAndEtcWithoutTheSecretRefusesToStartAndNothingInItOpensItsCiphertexts() throws Exception {
        dist.stop();
        copy = Distribution.unpack("key-custody-copy");
        for (String dir : new String[] {"etc", "data"}) {
            copyTree(dist.home().resolve(dir), copy.home().resolve(dir));
        }
        JsonNode health = copy.keySecret(null).startRefused();
        JsonNode refusal = health.path("refusals").get(0);
        assertThat(refusal.path("code").asText()).as(health.toString()).isEqualTo("kek_missing");
        assertThat(refusal.path("message").asText()).contains("XUNCHA_KEK_FILE").contains("安全模块未启动");
        assertThat(refusal.path("messageEn").asText()).contains("XUNCHA_KEK_FILE").contains("did not start");
        Api.Response other = copy.api().get("/platform/modules");
        assertThat(other.status()).isEqualTo(503);
        assertThat(other.json().path("code").asText()).isEqualTo("kek_missing");
        Wait.until(Duration.ofSeconds(30), () -> copy.log().contains("kek_missing"));
        copy.stop();

        List<String> stored = new ArrayList<>();
        try (Connection c = database(copy)) {
            for (long id : avoidances) {
                stored.add(note(c, id));
            }
        }
        // everything the copy holds: its configuration, key files, database, anchor log and logs (Karaf's bundle cache excepted)
        Set<String> candidates = KeyMaterial.candidateKeys(copy.home().resolve("etc"), copy.home().resolve("data"));
        assertThat(candidates).as("the copy was searched").hasSizeGreaterThan(100);
        for (int i = 0; i < stored.size(); i++) {
            String ct = stored.get(i);
            long row = avoidances.get(1 - i);  // swapped in step 2: each value belongs to the other row
            for (String key : candidates) {
                assertThat(KeyMaterial.open(ct, key, "xc_rp_avoidance", "note_cipher", row)).as("opened with %s", key).isNull();
            }
            // whoever holds the secret as well opens it: the search above would have found a key in clear
            byte[] secret = Files.readString(dist.keySecret()).strip().getBytes(StandardCharsets.UTF_8);
            String key = KeyMaterial.unwrap(copy.home().resolve("etc/xuncha-keys/wrapped-keys.properties"), secret, KeyMaterial.keyIdOf(ct));
            assertThat(KeyMaterial.open(ct, key, "xc_rp_avoidance", "note_cipher", row)).isEqualTo(i == 0 ? NOTE_B : NOTE_A);
        }
    }

    @Test
    @Order(5)
    void theDataStartedWithoutItsKeysRefusesNamingThemAndWritesNothing() throws Exception {
        List<String> keyIds = new ArrayList<>();
        long records;
        long seals;
        try (Connection c = database(dist); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select key_id from xc_crypto_key order by key_id")) {
            while (rs.next()) {
                keyIds.add(rs.getString(1));
            }
            records = single(c, "select max(seq) from xc_audit");
            seals = single(c, "select count(*) from xc_audit_seal");
        }
        assertThat(keyIds).hasSizeGreaterThanOrEqualTo(2).allSatisfy(id -> assertThat(id).matches("[a-z2-7]{7}-[ks]\\d+"));
        byte[] anchorsBefore = Files.readAllBytes(anchors(dist));
        Path keys = dist.home().resolve("etc/xuncha-keys");
        Path aside = dist.home().getParent().resolve("keys-aside");
        Files.move(keys, aside);

        JsonNode refusal = dist.startRefused().path("refusals").get(0);
        assertThat(refusal.path("code").asText()).isEqualTo("keys_missing");
        for (String id : keyIds) {
            assertThat(refusal.path("message").asText()).contains(id);
            assertThat(refusal.path("messageEn").asText()).contains(id);
        }
        assertThat(refusal.path("messageEn").asText()).contains("never generated over existing data");
        Wait.until(Duration.ofSeconds(30), () -> dist.log().contains("keys_missing"));
        dist.stop();

        assertThat(keys.resolve("wrapped-keys.properties")).as("no new keys").doesNotExist();
        assertThat(Files.readAllBytes(anchors(dist))).as("no anchor written").isEqualTo(anchorsBefore);
        try (Connection c = database(dist)) {
            assertThat(single(c, "select max(seq) from xc_audit")).as("no audit record written").isEqualTo(records);
            assertThat(single(c, "select count(*) from xc_audit_seal")).isEqualTo(seals);
            assertThat(single(c, "select count(*) from xc_crypto_key")).isEqualTo(keyIds.size());
        }
    }

    /** Copies a folder; of {@code data/} not Karaf's bundle cache and temporary files (the distribution's own code, rebuilt at start). */
    private static void copyTree(Path from, Path to) throws IOException {
        Distribution.deleteRecursively(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.filter(p -> !KeyMaterial.karafsOwn(from.relativize(p)))::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
