package org.xuncha.demo.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The checks find what is wrong, naming the file and line: the real data set with one file changed. */
class SeedCheckTest {

    private static String original(String file) {
        try (InputStream in = SeedCheckTest.class.getClassLoader().getResourceAsStream("seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Seeds with(Map<String, String> changed) {
        return Seeds.load(f -> new ByteArrayInputStream((changed.containsKey(f) ? changed.get(f) : original(f)).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errorsWith(String file, String appendedRow) {
        return SeedCheck.check(with(Map.of(file, original(file) + appendedRow + "\n")));
    }

    @Test
    void unknownReferencesAndRepeatedKeys() {
        assertThat(errorsWith("reference/persons.csv", "P0001,某某,371500-999,局长,正处级,TOP_LEADER"))
                .anyMatch(e -> e.startsWith("reference/persons.csv line") && e.contains("key 'P0001'"))
                .anyMatch(e -> e.contains("unit_code '371500-999' is not a code of reference/units.csv"));
    }

    @Test
    void badEnumsBooleansAndDates() {
        assertThat(errorsWith("lead-transfer/leads.csv",
                "LD9999,R1,R1-G1,371500-022,,某某,科长,正科级,廉洁纪律,反映问题,yes,PHONE,DISCIPLINE_COMMISSION,2022-13-40"))
                .anyMatch(e -> e.contains("top_leader 'yes' is not true or false"))
                .anyMatch(e -> e.contains("source 'PHONE' is not one of"))
                .anyMatch(e -> e.contains("transferred_on '2022-13-40' is not a date"));
    }

    @Test
    void aChildBeforeItsParent() {
        String units = original("reference/units.csv");
        String header = units.substring(0, units.indexOf('\n') + 1);
        String rows = "371500-900,下级单位,371500,371500-901,学校,教育,教育系统,false,true,true\n"
                + "371500-901,上级单位,371500,,党政机关,教育,教育系统,false,true,true\n";
        assertThat(SeedCheck.check(with(Map.of("reference/units.csv", units + rows))))
                .anyMatch(e -> e.contains("parent_code '371500-901' must be listed before this row"));
        assertThat(header).startsWith("code,");
    }

    @Test
    void aProblemOutsideItsGroupsTargetsAndRound() {
        assertThat(errorsWith("lead-transfer/problems.csv", "PR9999,R2,R1-G1,371500-001,DECISIONS,描述,false,false,GROUP_WORK"))
                .anyMatch(e -> e.contains("round_key 'R2' is not the round of group R1-G1"))
                .anyMatch(e -> e.contains("unit 371500-001 is not a target of group R1-G1"));
    }

    @Test
    void nobodyInspectsTheirOwnUnit() {
        Map<String, String> target = Seeds.fromClassLoader(getClass().getClassLoader()).rows("round-planning/group-targets.csv").get(0);
        String topOfTarget = Seeds.fromClassLoader(getClass().getClassLoader()).rows("reference/persons.csv").stream()
                .filter(p -> p.get("unit_code").equals(target.get("unit_code"))).findFirst().orElseThrow().get("key");
        assertThat(errorsWith("round-planning/group-members.csv", target.get("group_key") + "," + topOfTarget + ",MEMBER"))
                .anyMatch(e -> e.contains("would inspect their own unit"));
    }

    @Test
    void nobodyInspectsAUnitOfTheirHistoryOrOfADeclaredRelative() {
        Seeds seeds = Seeds.fromClassLoader(getClass().getClassLoader());
        Map<String, String> member = seeds.rows("round-planning/group-members.csv").get(0);
        String target = seeds.rows("round-planning/group-targets.csv").stream().filter(t -> t.get("group_key").equals(member.get("group_key")))
                .findFirst().orElseThrow().get("unit_code");
        String who = member.get("person_key");
        assertThat(errorsWith("personnel-pools/employment.csv", who + "," + target + ",2010,2015"))
                .anyMatch(e -> e.startsWith("personnel-pools/employment.csv line") && e.contains("person " + who + " is in a group that inspects " + target));
        assertThat(errorsWith("personnel-pools/relatives.csv", who + ",配偶," + target + ",,"))
                .anyMatch(e -> e.startsWith("personnel-pools/relatives.csv line") && e.contains("is in a group that inspects " + target));
        // a relative named in reference data is declared at the unit they work in
        assertThat(errorsWith("personnel-pools/relatives.csv", who + ",配偶,371500-052,P0001,"))
                .anyMatch(e -> e.contains("unit_code '371500-052' is not the unit of P0001 (371500-001)"));
        assertThat(errorsWith("personnel-pools/employment.csv", "P0001,371500-052,2010,"))
                .anyMatch(e -> e.contains("person_key 'P0001' is not a person_key of personnel-pools/staff-pools.csv"));
    }

    @Test
    void unknownRoleOfADemoAccount() {
        assertThat(errorsWith("accounts.csv", "someone,某某,371500,,office-staff;superuser,Xuncha-Demo-2026"))
                .anyMatch(e -> e.contains("role 'superuser' is not a built-in role"));
    }

    @Test
    void aMissingColumnOrCellStopsLoading() {
        assertThatThrownBy(() -> with(Map.of("example/notes.csv", "unit_code\n371500-001\n")))
                .hasMessageContaining("example/notes.csv: missing columns [text]");
        assertThatThrownBy(() -> with(Map.of("example/notes.csv", "unit_code,text\n371500-001\n")))
                .hasMessageContaining("example/notes.csv line 2: 1 cells");
    }
}
