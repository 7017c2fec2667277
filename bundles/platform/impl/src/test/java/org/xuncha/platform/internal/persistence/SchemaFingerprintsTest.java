package org.xuncha.platform.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.testkit.TestDatabase;

class SchemaFingerprintsTest {

    private static final Map.Entry<String, String> MASTER = Map.entry("/db/m/changelog.xml", "<databaseChangeLog>1</databaseChangeLog>");

    @Test
    void anyChangeOfTheFolderChangesTheFingerprint() {
        String before = SchemaFingerprints.digest(List.of(MASTER));
        assertThat(SchemaFingerprints.digest(List.of(MASTER))).isEqualTo(before);
        assertThat(SchemaFingerprints.digest(List.of(Map.entry(MASTER.getKey(), "<databaseChangeLog>2</databaseChangeLog>"))))
                .as("an edited changelog").isNotEqualTo(before);
        assertThat(SchemaFingerprints.digest(List.of(MASTER, Map.entry("/db/m/2.xml", "<x/>"))))
                .as("an added included file").isNotEqualTo(before);
        assertThat(SchemaFingerprints.digest(List.of(Map.entry("/db/m/other.xml", MASTER.getValue()))))
                .as("a renamed file").isNotEqualTo(before);
        // path and content are delimited: moving bytes between them is a change
        assertThat(SchemaFingerprints.digest(List.of(Map.entry("/a", "bc")))).isNotEqualTo(SchemaFingerprints.digest(List.of(Map.entry("/ab", "c"))));
    }

    @Test
    void aPlainClassLoaderHasNoFingerprintSoLiquibaseAlwaysRuns() throws Exception {
        assertThat(SchemaFingerprints.of(getClass().getClassLoader(), "db/platform/changelog.xml")).isNull();
    }

    @Test
    void onlyTheRecordedFingerprintOfThatChangelogCountsAsUnchanged() throws Exception {
        try (TestDatabase db = TestDatabase.empty("fingerprints"); Connection c = db.connection()) {
            assertThat(SchemaFingerprints.unchanged(c, "db/m/changelog.xml", "aa")).as("never migrated").isFalse();
            SchemaFingerprints.record(c, "db/m/changelog.xml", "aa");
            assertThat(SchemaFingerprints.unchanged(c, "db/m/changelog.xml", "aa")).isTrue();
            assertThat(SchemaFingerprints.unchanged(c, "db/m/changelog.xml", "bb")).as("files changed since").isFalse();
            assertThat(SchemaFingerprints.unchanged(c, "db/n/changelog.xml", "aa")).as("another module").isFalse();
            SchemaFingerprints.record(c, "db/m/changelog.xml", "bb");
            assertThat(SchemaFingerprints.unchanged(c, "db/m/changelog.xml", "bb")).as("recorded again after a migration").isTrue();
        }
    }
}
