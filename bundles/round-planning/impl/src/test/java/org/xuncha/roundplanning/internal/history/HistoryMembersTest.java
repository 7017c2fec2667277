package org.xuncha.roundplanning.internal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.roundplanning.api.Group;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.TestModuleStore;

/**
 * The rest of a past round's record: the groups' members with their roles and authorisations (a
 * second template), and the units' rectification report dates (a column of the round template).
 */
class HistoryMembersTest {

    private static final String ROUNDS = String.join(",", HistorySheet.COLUMNS);
    private static final String MEMBERS = String.join(",", MemberSheet.COLUMNS);

    private final Testbed tb = new Testbed();
    private final HistoryImport history = new HistoryImport(tb.store, tb.reference, tb.spreadsheets);
    private final HistoryMembers members = new HistoryMembers(tb.store, tb.reference, tb.spreadsheets, tb.events);

    @AfterEach
    void close() {
        tb.close();
    }

    /** Round 1 archived (two groups), round 2 in fieldwork (one group); 教体局's rectification report on record. */
    private HistoryImport.Report pastRounds(Term term) {
        LocalDate y = tb.today().minusYears(1);
        HistoryImport.Report r = history.run(tb.office, term.id(), csv(List.of(ROUNDS,
                "1,,常规巡察," + y.minusDays(20) + "," + y + "," + y.plusDays(40) + "," + y.plusDays(90) + ",归档,第一巡察组,LC-EDU," + y.plusDays(150),
                "1,,,,,,,,第一巡察组,LC-EDU-1,",
                "1,,,,,,,,第二巡察组,LC-SOE-1,",
                "2,,专项巡察," + tb.today().minusDays(30) + "," + tb.today().minusDays(20) + ",,,了解,第一巡察组,LC-EDU-2,")), null);
        assertThat(r.errors()).isEmpty();
        return r;
    }

    @Test
    void rectificationReportDatesComeWithTheRoundsAndOnlyAfterFeedback() {
        Term term = tb.cityTerm();
        LocalDate y = tb.today().minusYears(1);
        RoundDetail first = tb.rounds.round(tb.office, pastRounds(term).roundIds().get(0));
        assertThat(first.targets()).filteredOn(t -> t.unitId() == tb.edu.id()).extracting(Target::rectificationReportDate)
                .containsExactly(y.plusDays(150));
        assertThat(first.targets()).filteredOn(t -> t.unitId() == tb.school.id()).extracting(Target::rectificationReportDate)
                .containsOnlyNulls();

        Map<Integer, List<String>> errors = errorsByRow(history.run(tb.office, term.id(), csv(List.of(ROUNDS,
                "3,,常规巡察," + y.minusDays(20) + "," + y + "," + y.plusDays(40) + "," + y.plusDays(90) + ",归档,第一巡察组,LC-EDU," + y.plusDays(80),
                "4,,常规巡察," + y.minusDays(20) + "," + y + "," + y.plusDays(40) + ",,报告,第一巡察组,LC-EDU," + y.plusDays(80))), null).errors());
        assertThat(errors).containsExactly(Map.entry(2, List.of("整改报告日期 out_of_range")), Map.entry(3, List.of("整改报告日期 invalid")));
    }

    @Test
    void aBrokenMembersFileImportsNothingAndNamesItsRowsThenTheFixedFileStaffsTheGroups() {
        Term term = tb.cityTerm();
        HistoryImport.Report rounds = pastRounds(term);
        LocalDate auth = tb.today().minusYears(1).minusDays(5);
        List<String> lines = new ArrayList<>(List.of(MEMBERS,
                "1,第一巡察组,张组长,LC-JW,组长,聊巡授〔2024〕1号," + auth + ",对教体局党组开展常规巡察",
                "1,第一巡察组,孙副组长,LC-JW,NONRESIDENT_DEPUTY,,,",
                "1,第二巡察组,赵组员,LC-JW,组长,,,",
                "2,第一巡察组,钱组员,LC-JW,组长,,,",
                // broken: a second leader, a person twice in round 1, nobody of that name, no such group, a date without its number
                "1,第一巡察组,钱组员,LC-JW,组长,,,",
                "1,第二巡察组,张组长,LC-JW,组员,,,",
                "2,第一巡察组,周某,LC-JW,组员,,,",
                "2,第三巡察组,赵组员,LC-JW,组员,," + auth + ",",
                "1,第一巡察组,东阿干部,DE-001,组员,聊巡授〔2024〕9号,,"));
        Map<Integer, List<String>> errors = errorsByRow(run(term, lines).errors());
        assertThat(errors).containsExactly(
                Map.entry(6, List.of("组内职务 invalid")),
                Map.entry(7, List.of("姓名 duplicate")),
                Map.entry(8, List.of("姓名 not_found")),
                Map.entry(9, List.of("授权文号 required", "巡察组 not_found")),
                Map.entry(10, List.of("授权文号 inconsistent")));
        assertThat(tb.groups.groups(tb.office, rounds.roundIds().get(0))).allSatisfy(g -> assertThat(g.members()).isEmpty());
        assertThat(tb.db.audits()).noneMatch(a -> a.action() == AuditAction.IMPORT && a.summary().contains("成员"));

        List<String> fixed = new ArrayList<>(lines.subList(0, 5));
        fixed.add("1,第一巡察组,东阿干部,DE-001,组员,,,");
        tb.events.clear();
        HistoryMembers.Report report = run(term, fixed);
        assertThat(report.errors()).isEmpty();
        assertThat(report.memberIds()).hasSize(5);
        assertThat(report.groupIds()).hasSize(3);
        assertThat(report.authorisations()).isEqualTo(1);

        Group g1 = tb.groups.groups(tb.office, rounds.roundIds().get(0)).stream().filter(g -> g.name().equals("第一巡察组")).findFirst().orElseThrow();
        assertThat(g1.members()).extracting(Group.Member::personId, Group.Member::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple(tb.leader.id(), GroupRole.LEADER),
                org.assertj.core.groups.Tuple.tuple(tb.countyPerson.id(), GroupRole.MEMBER),
                org.assertj.core.groups.Tuple.tuple(tb.deputy.id(), GroupRole.NONRESIDENT_DEPUTY));
        assertThat(g1.authorisation()).isEqualTo(new Group.Authorisation("聊巡授〔2024〕1号", auth, "对教体局党组开展常规巡察"));
        assertThat(tb.rounds.round(tb.office, rounds.roundIds().get(1)).round().stage()).isEqualTo(Stage.FIELDWORK);
        assertThat(tb.db.audits()).as("one record for the whole file").filteredOn(a -> a.action() == AuditAction.IMPORT && a.summary().contains("成员"))
                .extracting(TestModuleStore.Audited::summary).singleElement().asString().contains("3个巡察组、5名成员、1项授权");
        assertThat(tb.events.topics()).as("group roles see their past rounds at once").containsExactly(Events.SCOPE_CHANGED);

        // the same file again: the groups are staffed now and stay as they are
        assertThat(errorsByRow(run(term, fixed).errors()).values()).allSatisfy(e -> assertThat(e).contains("巡察组 has_members"));
        assertThat(tb.groups.groups(tb.office, rounds.roundIds().get(0))).flatExtracting(Group::members).hasSize(4);
    }

    @Test
    void onlyTheHistoryPermissionImportsAndTheRoundTemplateIsNoMembersFile() {
        Term term = tb.cityTerm();
        var staff = org.xuncha.testkit.TestCallers.office("staff", Testbed.CITY, java.util.Set.of(Testbed.CITY), null, "round-planning.round.write");
        assertThatThrownBy(() -> members.run(staff, term.id(), csv(List.of(MEMBERS)), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> run(term, List.of(ROUNDS)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("bad_template"));
    }

    private HistoryMembers.Report run(Term term, List<String> lines) {
        return members.run(tb.office, term.id(), csv(lines), null);
    }

    private static ByteArrayInputStream csv(List<String> lines) {
        return new ByteArrayInputStream(("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Integer, List<String>> errorsByRow(List<ImportReport.RowError> errors) {
        Map<Integer, List<String>> result = new LinkedHashMap<>();
        errors.forEach(e -> result.put(e.row(), e.fields().stream().map(x -> x.field() + " " + x.code()).toList()));
        return result;
    }
}
