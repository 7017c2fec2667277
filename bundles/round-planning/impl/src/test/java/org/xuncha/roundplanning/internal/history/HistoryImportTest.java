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
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.testkit.TestCallers;

/** A term's past rounds from a CSV file: every problem named at its row first, then everything or nothing. */
class HistoryImportTest {

    private static final String HEADER = String.join(",", HistorySheet.COLUMNS);

    private final Testbed tb = new Testbed();
    private final HistoryImport history = new HistoryImport(tb.store, tb.reference, tb.spreadsheets);

    @AfterEach
    void close() {
        tb.close();
    }

    @Test
    void aBrokenRowImportsNothingAndIsNamedThenTheCorrectedFileImportsEverything() {
        Term term = tb.cityTerm();
        LocalDate t = tb.today();
        String round1 = "1,,常规巡察," + t.minusYears(1).minusDays(20) + "," + t.minusYears(1) + "," + t.minusYears(1).plusDays(40) + ","
                + t.minusYears(1).plusDays(90) + ",归档,";
        String round2 = "2,二〇二五年专项巡察,专项巡察," + t.minusMonths(3).minusDays(10) + "," + t.minusMonths(3) + ",,,了解,";
        List<String> lines = new ArrayList<>(List.of(HEADER,
                round1 + "第一巡察组,LC-EDU",
                "1,,,,,,,,第一巡察组,LC-EDU-1",
                "1,,,,,,,,第二巡察组,LC-SOE-1",
                round2 + "第一巡察组,LC-EDU-2",
                // broken: a unit nobody knows, and a type that differs from the round's first row
                "2,,常规巡察,,,,,,第一巡察组,NO-SUCH"));
        Map<Integer, List<String>> errors = errorsByRow(run(tb.office, term.id(), lines));
        assertThat(errors).containsExactly(Map.entry(6, List.of("巡察类型 inconsistent", "被巡察单位编码 not_found")));
        assertThat(tb.rounds.rounds(tb.office, null, org.xuncha.platform.api.rest.PageRequest.first(10)).total()).isZero();

        lines.set(5, "2,,,,,,,,第一巡察组,LC-EDU");
        HistoryImport.Report report = run(tb.office, term.id(), lines);
        assertThat(report.errors()).isEmpty();
        assertThat(report.roundIds()).hasSize(2);
        assertThat(report.groupIds()).hasSize(3);
        assertThat(report.targets()).isEqualTo(5);

        RoundDetail first = tb.rounds.round(tb.office, report.roundIds().get(0));
        assertThat(first.round().stage()).isEqualTo(Stage.ARCHIVE);
        assertThat(first.round().actualStart()).isEqualTo(t.minusYears(1));
        assertThat(first.round().feedbackDate()).isEqualTo(t.minusYears(1).plusDays(90));
        assertThat(first.approvals()).hasSize(2).allSatisfy(a -> assertThat(a.at().toLocalDate()).isEqualTo(t.minusYears(1).minusDays(20)));
        assertThat(first.history()).extracting(h -> h.to()).containsExactly(Stage.ENTRY, Stage.REPORT, Stage.FEEDBACK, Stage.ARCHIVE);
        assertThat(first.round().name()).isEqualTo("中共聊城市第十四届委员会第1轮巡察");
        assertThat(tb.rounds.round(tb.office, report.roundIds().get(1)).round().name()).isEqualTo("二〇二五年专项巡察");

        Coverage c = tb.coverage.coverage(tb.office, term.id());
        assertThat(c.countedRounds()).isEqualTo(2);
        assertThat(c.coveredUnits()).as("教体局 twice counts once").isEqualTo(4);
        assertThat(c.reinspected()).extracting(Coverage.UnitCoverage::code).containsExactly("LC-EDU");

        // the same file again: both numbers are taken now
        assertThat(errorsByRow(run(tb.office, term.id(), lines))).containsOnlyKeys(2, 5)
                .containsEntry(2, List.of("轮次序号 duplicate_number"));
    }

    @Test
    void datesAreCheckedAgainstEachOtherTheTermAndToday() {
        Term term = tb.cityTerm();
        LocalDate t = tb.today();
        Map<Integer, List<String>> errors = errorsByRow(run(tb.office, term.id(), List.of(HEADER,
                "1,,常规巡察," + t.minusDays(5) + "," + t.minusDays(10) + ",,,,第一巡察组,LC-EDU",
                "2,,常规巡察," + t.minusYears(3) + "," + t.minusYears(3) + ",,,,第一巡察组,LC-EDU",
                "3,,常规巡察,2024-13-01," + t.plusDays(1) + ",,,反馈,第一巡察组,LC-EDU",
                "4,,巡视,,,,,准备,,")));
        assertThat(errors).containsExactly(
                Map.entry(2, List.of("进驻日期 out_of_range")),
                Map.entry(3, List.of("进驻日期 out_of_range")),
                Map.entry(4, List.of("方案批准日期 invalid", "进驻日期 out_of_range", "撤离日期 required")),
                Map.entry(5, List.of("巡察组 required", "被巡察单位编码 required", "巡察类型 invalid", "方案批准日期 required",
                        "进驻日期 required", "当前阶段 invalid")));
    }

    @Test
    void onlyTheHolderOfTheHistoryPermissionImportsAndAnUnreadableFileIsSaidSo() {
        Term term = tb.cityTerm();
        Caller staff = TestCallers.office("staff", Testbed.CITY, Set.of(Testbed.CITY), null, "round-planning.round.write");
        assertThatThrownBy(() -> run(staff, term.id(), List.of(HEADER)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> history.run(tb.office, term.id(), new ByteArrayInputStream("a,\"b".getBytes(StandardCharsets.UTF_8)), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("not_readable"));
        assertThatThrownBy(() -> run(tb.office, term.id(), List.of("名称,代码")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("bad_template"));
    }

    private HistoryImport.Report run(Caller caller, long termId, List<String> lines) {
        byte[] csv = ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return history.run(caller, termId, new ByteArrayInputStream(csv), null);
    }

    private static Map<Integer, List<String>> errorsByRow(HistoryImport.Report report) {
        Map<Integer, List<String>> result = new LinkedHashMap<>();
        report.errors().forEach(e -> result.put(e.row(), e.fields().stream().map(x -> x.field() + " " + x.code()).toList()));
        return result;
    }
}
