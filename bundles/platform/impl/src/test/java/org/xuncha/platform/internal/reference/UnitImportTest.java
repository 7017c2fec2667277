package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xuncha.platform.internal.reference.ReferenceFixture.CITY;
import static org.xuncha.platform.internal.reference.ReferenceFixture.DONGCHANGFU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.YANGGU;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/** Importing units from Excel: all rows or none, every problem at its row and column, parents in any order. */
class UnitImportTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void aFileWithWrongRowsImportsNothingAndSaysWhereEachProblemIs() {
        ImportReport report = run(ReferenceFixture.city(),
                row("IM-1", "聊城一中党委", CITY, "", "在用"),
                row("IM-2", "", "379999", "IM-404", "不明"),
                row("IM-1", "重复的编码", CITY, "", ""),
                row("IM 3", "名".repeat(201), "3715", "IM-1", "在用"));
        assertThat(report.created()).isZero();
        assertThat(report.rows()).isEqualTo(4);
        assertThat(errorsByRow(report)).containsExactly(
                Map.entry(3, List.of("状态 invalid", "单位名称 required", "所属区划代码 not_found", "上级单位编码 not_found")),
                Map.entry(4, List.of("单位编码 duplicate")),
                Map.entry(5, List.of("单位编码 invalid", "单位名称 too_long", "所属区划代码 invalid")));
        assertThat(f.count("select count(*) from xc_unit")).isZero();
        assertThat(f.audited()).isEmpty();
        assertThat(report.errors().get(0).fields().get(0).message()).contains("在用");
    }

    @Test
    void parentsFurtherDownAreLinkedAndAReImportUpdates() {
        ImportReport first = run(ReferenceFixture.city(),
                row("IM-3", "聊城二中党委", CITY, "IM-1", "在用"),
                row("IM-1", "聊城市教育和体育局党组", CITY, "", "在用"),
                row("IM-2", "聊城一中党委", CITY, "IM-1", "撤销"));
        assertThat(first).isEqualTo(new ImportReport(3, 3, 0, List.of()));
        Map<String, Unit> byCode = units();
        assertThat(byCode.get("IM-3").parentId()).isEqualTo(byCode.get("IM-1").id());
        assertThat(byCode.get("IM-2").active()).isFalse();

        ImportReport again = run(ReferenceFixture.city(),
                row("IM-2", "聊城一中党委（改）", CITY, "", "在用"),
                row("IM-4", "新单位", DONGCHANGFU, "IM-2", ""));
        assertThat(again).isEqualTo(new ImportReport(2, 1, 1, List.of()));
        byCode = units();
        assertThat(byCode.get("IM-2").name()).isEqualTo("聊城一中党委（改）");
        assertThat(byCode.get("IM-2").parentId()).as("an empty parent column keeps the parent").isEqualTo(byCode.get("IM-1").id());
        assertThat(byCode.get("IM-4").parentId()).isEqualTo(byCode.get("IM-2").id());
        assertThat(f.audited()).filteredOn(a -> a.startsWith("CREATE unit")).hasSize(4);
    }

    @Test
    void aFileThatWouldMakeALoopIsRefusedButReHangingAChainIsNot() {
        run(ReferenceFixture.city(), row("A", "甲", CITY, "", ""), row("B", "乙", CITY, "A", ""), row("C", "丙", CITY, "", ""));
        ImportReport loop = run(ReferenceFixture.city(), row("X", "戊", CITY, "Y", ""), row("Y", "己", CITY, "X", ""));
        assertThat(errorsByRow(loop)).containsOnlyKeys(2, 3).containsValue(List.of("上级单位编码 invalid"));
        ImportReport throughStored = run(ReferenceFixture.city(), row("A", "甲", CITY, "B", ""));
        assertThat(errorsByRow(throughStored)).containsExactly(Map.entry(2, List.of("上级单位编码 invalid")));
        assertThat(errorsByRow(run(ReferenceFixture.city(), row("C", "丙", CITY, "C", "")))).containsExactly(Map.entry(2, List.of("上级单位编码 invalid")));

        // A under C, then B (until now A's parent... its child) under A: no loop at the end, none on the way
        ImportReport rehung = run(ReferenceFixture.city(), row("B", "乙", CITY, "C", ""), row("A", "甲", CITY, "B", ""));
        assertThat(rehung.ok()).as(rehung.toString()).isTrue();
        Map<String, Unit> byCode = units();
        assertThat(byCode.get("A").parentId()).isEqualTo(byCode.get("B").id());
        assertThat(byCode.get("B").parentId()).isEqualTo(byCode.get("C").id());
    }

    @Test
    void aCountyImportsOnlyInsideItsScopeRowByRow() {
        Unit yanggu = f.unit("YG-1", YANGGU, null);
        ImportReport report = run(ReferenceFixture.county(),
                row("DC-1", "东昌单位", DONGCHANGFU, "", ""),
                row("YG-1", "改阳谷的单位", DONGCHANGFU, "", ""),
                row("DC-2", "挂到阳谷", DONGCHANGFU, "YG-1", ""),
                row("DC-3", "建到阳谷", YANGGU, "", ""));
        assertThat(errorsByRow(report)).containsExactly(
                Map.entry(3, List.of("单位编码 out_of_scope")),
                Map.entry(5, List.of("所属区划代码 out_of_scope")));
        assertThat(f.units.get(Caller.system("t"), yanggu.id()).orElseThrow().name()).isEqualTo("单位YG-1");

        f.unit("YG-2", YANGGU, null);
        assertThat(errorsByRow(run(ReferenceFixture.county(), row("DC-4", "挂到阳谷", DONGCHANGFU, "YG-2", ""))))
                .containsExactly(Map.entry(2, List.of("上级单位编码 out_of_scope")));
    }

    @Test
    void whatIsNoTemplateSheetIsRefusedAsSuch() {
        assertThatThrownBy(() -> f.unitImport.run(ReferenceFixture.city(), new ByteArrayInputStream("PK\u0003\u0004 no zip".getBytes()), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("not_xlsx"));
        byte[] otherColumns = f.spreadsheets.write(List.of(new SpreadsheetService.Sheet("x", null, List.of("名称", "代码"), List.of())));
        assertThatThrownBy(() -> f.unitImport.run(ReferenceFixture.city(), new ByteArrayInputStream(otherColumns), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("bad_template"));
        assertThatThrownBy(() -> f.unitImport.run(ReferenceFixture.reader(), new ByteArrayInputStream(otherColumns), null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
    }

    @Test
    void theTemplateImportsAsItIsAndProgressIsReported() {
        List<Integer> progress = new ArrayList<>();
        ImportReport report = f.unitImport.run(ReferenceFixture.city(), new ByteArrayInputStream(f.unitImport.template()), progress::add);
        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, List.of()));
        assertThat(progress).containsExactly(1);
        assertThat(units()).containsKey("LC-JY-001");
    }

    @Test
    void theTargetColumnMarksUnitsNotInspectedAndAnEmptyCellKeepsWhatAUnitHad() {
        List<Object> office = new ArrayList<>(row("IM-XCB", "市委巡察办", CITY, "", "在用"));
        office.add("否");
        List<Object> school = new ArrayList<>(row("IM-1", "聊城一中党委", CITY, "", "在用"));
        school.add("是");
        List<Object> wrong = new ArrayList<>(row("IM-2", "聊城二中党委", CITY, "", "在用"));
        wrong.add("不知道");
        assertThat(errorsByRow(run(ReferenceFixture.city(), office, school, wrong))).containsExactly(Map.entry(4, List.of("巡察对象 invalid")));
        assertThat(units()).isEmpty();

        assertThat(run(ReferenceFixture.city(), office, school).created()).isEqualTo(2);
        assertThat(units().get("IM-XCB").notInspectionTarget()).isTrue();
        assertThat(units().get("IM-1").notInspectionTarget()).isFalse();
        // a file from the older template (no 巡察对象 cell) renames without making the office a target again
        assertThat(run(ReferenceFixture.city(), row("IM-XCB", "中共聊城市委巡察办", CITY, "", "在用")).updated()).isEqualTo(1);
        assertThat(units().get("IM-XCB").notInspectionTarget()).isTrue();
        assertThat(units().get("IM-XCB").name()).isEqualTo("中共聊城市委巡察办");
    }

    private ImportReport run(Caller caller, List<?>... rows) {
        List<List<Object>> data = new ArrayList<>();
        for (List<?> r : rows) {
            data.add(new ArrayList<>(r));
        }
        byte[] xlsx = f.spreadsheets.write(List.of(new SpreadsheetService.Sheet("单位", null, UnitImport.COLUMNS, data)));
        return f.unitImport.run(caller, new ByteArrayInputStream(xlsx), null);
    }

    private static List<String> row(String code, String name, String division, String parent, String status) {
        return List.of(code, name, division, parent, "事业单位", "社会民生", "教育系统", status);
    }

    private Map<String, Unit> units() {
        return f.units.all(Caller.system("t"), UnitQuery.all()).stream().collect(Collectors.toMap(Unit::code, Function.identity()));
    }

    static Map<Integer, List<String>> errorsByRow(ImportReport report) {
        Map<Integer, List<String>> result = new java.util.LinkedHashMap<>();
        report.errors().forEach(e -> result.put(e.row(), e.fields().stream().map(x -> x.field() + " " + x.code()).toList()));
        return result;
    }
}
