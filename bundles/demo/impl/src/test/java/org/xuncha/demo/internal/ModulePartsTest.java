package org.xuncha.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xuncha.demo.internal.seed.Seeds;

/** The seed's words map onto the modules' codes, so no part fails half-way on a demo start. */
class ModulePartsTest {

    private static final Seeds SEEDS = Seeds.fromClassLoader(ModulePartsTest.class.getClassLoader());

    @Test
    void everyDispositionIsOnePersonHandledWithItsGrade() {
        for (Map<String, String> d : SEEDS.rows("lead-transfer/dispositions.csv")) {
            String kind = LeadTransferPart.kind(d.get("measure"));
            String grade = LeadTransferPart.grade(d.get("measure"), d.get("detail"));
            assertThat(grade == null).as(d.get("key")).isEqualTo(kind.equals("ORGANISATIONAL_HANDLING"));
        }
        assertThat(LeadTransferPart.grade("党纪政务处分", "留党察看、政务撤职")).isEqualTo("PROBATION");
        assertThat(LeadTransferPart.grade("政务处分", "记大过")).isEqualTo("MAJOR_DEMERIT");
        assertThat(LeadTransferPart.grade("党纪处分", "党内警告")).isEqualTo("WARNING");
    }

    @Test
    void everyCategoryHasATaxonomyCode() {
        SEEDS.rows("lead-transfer/problems.csv").forEach(p -> assertThat(LeadTransferPart.PROBLEM_CATEGORY).containsKey(p.get("category")));
        SEEDS.rows("lead-transfer/leads.csv").forEach(l -> assertThat(LeadTransferPart.LEAD_CATEGORY).containsKey(l.get("category")));
    }

    @Test
    void everyGroupHasTwoInterviewersAndARecorder() {
        List<String> working = List.of("LEADER", "DEPUTY", "LIAISON", "MEMBER");
        SEEDS.rows("round-planning/groups.csv").forEach(g -> assertThat(SEEDS.rows("round-planning/group-members.csv").stream()
                .filter(m -> m.get("group_key").equals(g.get("key")) && working.contains(m.get("role"))).count())
                .as(g.get("key")).isGreaterThanOrEqualTo(3));
    }
}
