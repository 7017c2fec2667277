package org.xuncha.platform.internal.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xuncha.platform.internal.reference.ReferenceFixture.DONGCHANGFU;
import static org.xuncha.platform.internal.reference.ReferenceFixture.YANGGU;
import static org.xuncha.platform.internal.reference.UnitImportTest.errorsByRow;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/** Importing persons from Excel: matched to units by code and to persons by name within the unit, all or nothing. */
class PersonImportTest {

    private final ReferenceFixture f = new ReferenceFixture().withDivisions();

    PersonImportTest() {
        f.unit("DC-1", DONGCHANGFU, null);
        f.unit("YG-1", YANGGU, null);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void wrongRowsImportNothingAndEachProblemIsNamed() {
        ImportReport report = run(ReferenceFixture.county(),
                List.of("张三", "DC-1", "局长", "正处级", "一把手", "在用"),
                List.of("李四", "NOPE", "", "", "", ""),
                List.of("王五", "YG-1", "", "", "组长", "在用"),
                List.of("名".repeat(51), "", "职".repeat(101), "", "", "调走"));
        assertThat(report.rows()).isEqualTo(4);
        assertThat(errorsByRow(report)).containsExactly(
                Map.entry(3, List.of("单位编码 not_found")),
                Map.entry(4, List.of("单位编码 out_of_scope", "班子身份 invalid")),
                Map.entry(5, List.of("状态 invalid", "姓名 too_long", "单位编码 required", "职务 too_long")));
        assertThat(f.count("select count(*) from xc_person")).isZero();
        assertThat(f.audited()).allMatch(a -> a.startsWith("CREATE unit"));
    }

    @Test
    void aNameAlreadyInTheUnitIsUpdatedNotAddedTwice() {
        assertThat(run(ReferenceFixture.city(),
                List.of("张三", "DC-1", "局长", "正处级", "一把手", "在用"),
                List.of("李四", "YG-1", "", "", "", ""))).isEqualTo(new ImportReport(2, 2, 0, List.of()));
        assertThat(run(ReferenceFixture.city(),
                List.of(" 张三 ", "DC-1", "调研员", "", "离退休干部", "离职"),
                List.of("张三", "YG-1", "", "", "", ""))).isEqualTo(new ImportReport(2, 1, 1, List.of()));
        List<Person> all = f.persons.find(Caller.system("t"), PersonQuery.all(), PageRequest.first(10)).items();
        assertThat(all).hasSize(3);
        Person zhang = all.stream().filter(p -> p.name().equals("张三") && p.divisionCode().equals(DONGCHANGFU)).findFirst().orElseThrow();
        assertThat(zhang.post()).isEqualTo("调研员");
        assertThat(zhang.leadership()).isEqualTo(Person.Leadership.RETIRED);
        assertThat(zhang.active()).isFalse();
    }

    @Test
    void aFileThatChangesAUnitsTopLeaderAnnouncesItAsTheSingleEditDoes() {
        run(ReferenceFixture.city(), List.of("王原任", "DC-1", "局长", "", "一把手", "在用"), List.of("李副职", "DC-1", "副局长", "", "班子成员", "在用"));
        Person old = byName("王原任");
        assertThat(changes()).containsExactly(old.unitId() + " " + old.id() + " null");
        f.events.clear();

        run(ReferenceFixture.city(), List.of("李副职", "DC-1", "局长", "", "一把手", "在用"), List.of("王原任", "DC-1", "调研员", "", "离退休干部", "在用"));
        assertThat(changes()).containsExactly(old.unitId() + " " + byName("李副职").id() + " " + old.id());
        f.events.clear();

        run(ReferenceFixture.city(), List.of("李副职", "DC-1", "党组书记、局长", "", "一把手", "在用"));
        assertThat(changes()).as("the top leader stays: nothing to announce").isEmpty();
        run(ReferenceFixture.city(), List.of("赵新任", "DC-1", "局长", "", "一把手", "在用"), List.of("错行", "NOPE", "", "", "", ""));
        assertThat(changes()).as("a refused file changes nothing and announces nothing").isEmpty();
    }

    private Person byName(String name) {
        return f.persons.find(Caller.system("t"), PersonQuery.all(), PageRequest.first(50)).items().stream()
                .filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> changes() {
        return f.events.events().stream().filter(e -> e.getTopic().equals(Events.TOP_LEADER_CHANGED))
                .map(e -> e.getProperty("unitId") + " " + e.getProperty("personId") + " " + e.getProperty("previousPersonId")).toList();
    }

    @Test
    void theTemplateImportsOnceItsUnitExists() {
        f.unit("LC-JY-001", ReferenceFixture.CITY, null);
        ImportReport report = f.personImport.run(ReferenceFixture.city(), new ByteArrayInputStream(f.personImport.template()), null);
        assertThat(report).isEqualTo(new ImportReport(1, 1, 0, List.of()));
    }

    private ImportReport run(Caller caller, List<?>... rows) {
        List<List<Object>> data = new ArrayList<>();
        for (List<?> r : rows) {
            data.add(new ArrayList<>(r));
        }
        byte[] xlsx = f.spreadsheets.write(List.of(new SpreadsheetService.Sheet("干部", null, PersonImport.COLUMNS, data)));
        return f.personImport.run(caller, new ByteArrayInputStream(xlsx), null);
    }
}
