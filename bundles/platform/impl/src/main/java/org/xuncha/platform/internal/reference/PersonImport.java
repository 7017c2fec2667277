package org.xuncha.platform.internal.reference;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/**
 * Excel import of persons, matched to the units by unit code. A row whose name is already a person
 * of that unit updates that person. Every row is checked first; one wrong row imports nothing.
 */
@Component(service = PersonImport.class)
public class PersonImport {

    static final List<String> COLUMNS = List.of("姓名", "单位编码", "职务", "职级", "班子身份", "状态");
    static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", "姓名", "unitId", "单位编码", "post", "职务", "rank", "职级");
    static final Map<String, Person.Leadership> LEADERSHIP = Map.of(
            "一把手", Person.Leadership.TOP_LEADER, "班子成员", Person.Leadership.LEADING_GROUP,
            "中层干部", Person.Leadership.MIDDLE_MANAGER, "一般干部", Person.Leadership.STAFF,
            "离退休干部", Person.Leadership.RETIRED);

    private final ModuleStore db;
    private final UnitService units;
    private final PersonService persons;
    private final SpreadsheetService spreadsheets;

    @Activate
    public PersonImport(@Reference Store store, @Reference UnitService units, @Reference PersonService persons,
                        @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.units = units;
        this.persons = persons;
        this.spreadsheets = spreadsheets;
    }

    /** @param progress told the number of rows checked so far, may be null */
    public ImportReport run(Caller caller, InputStream xlsx, IntConsumer progress) {
        caller.require(PlatformDescriptor.REFERENCE_WRITE);
        List<List<String>> rows = ImportRows.read(spreadsheets, xlsx);
        ImportRows sheet = ImportRows.of(rows, COLUMNS);
        List<Change> changes = new ArrayList<>();
        ImportReport report = db.write(em -> {
            changes.clear();
            List<Person> people = check(em, caller, rows, sheet, progress);
            return sheet.ok() ? write(em, caller, people, changes) : new ImportReport(people.size(), 0, 0, sheet.errors());
        });
        // after the commit, as the single edit does: a unit whose top leader the file changed is announced (TOP_LEADER_CHANGED)
        changes.forEach(c -> persons.postIfNewTopLeader(caller, c.before(), c.after(), c.previous()));
        return report;
    }

    /** A person the import wrote: as before (null if new), as after, and the unit's other top leader before the row. */
    private record Change(Person before, Person after, Long previous) {
    }

    /** Every data row as a person, whether right or wrong; the problems are collected in {@code sheet}. */
    private List<Person> check(EntityManager em, Caller caller, List<List<String>> rows, ImportRows sheet, IntConsumer progress) {
        Set<String> unitCodes = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            unitCodes.add(sheet.cell(rows.get(r), "单位编码"));
        }
        Map<String, UnitEntity> unitsByCode = units.byCodes(em, unitCodes);
        List<Person> people = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (ImportRows.blank(row)) {
                continue;
            }
            int excel = r + 1;
            String unitCode = sheet.cell(row, "单位编码");
            UnitEntity unit = unitsByCode.get(unitCode);
            if (!unitCode.isEmpty() && unit == null) {
                sheet.add(excel, "单位编码", "not_found", "单位不存在：" + unitCode, "unit not found: " + unitCode);
            } else if (unit != null && !caller.scope().coversDivision(unit.divisionCode())) {
                sheet.add(excel, "单位编码", "out_of_scope", "该单位不在您的数据范围内：" + unitCode, "This unit is outside your data scope: " + unitCode);
            }
            String lead = sheet.cell(row, "班子身份");
            if (!lead.isEmpty() && !LEADERSHIP.containsKey(lead)) {
                sheet.add(excel, "班子身份", "invalid", "班子身份应为：" + String.join("、", LEADERSHIP.keySet()),
                        "leadership must be one of: " + String.join(", ", LEADERSHIP.keySet()));
            }
            String status = sheet.cell(row, "状态");
            sheet.checkStatus(excel, status);
            Person p = new Person(null, sheet.cell(row, "姓名"), unit == null ? null : unit.id(), sheet.cell(row, "职务"),
                    sheet.cell(row, "职级"), lead.isEmpty() ? Person.Leadership.STAFF : LEADERSHIP.get(lead), null,
                    ImportRows.activeOf(status), null);
            // an unknown unit code is reported as such above, not again as a missing unit
            sheet.addAll(excel, PersonRules.check(p).errors().stream()
                    .filter(f -> unitCode.isEmpty() || !f.field().equals("unitId")).toList(), COLUMN_OF_FIELD);
            people.add(p);
            if (progress != null) {
                progress.accept(r);
            }
        }
        return people;
    }

    private ImportReport write(EntityManager em, Caller caller, List<Person> people, List<Change> changes) {
        int created = 0;
        int updated = 0;
        for (Person p : people) {
            PersonEntity same = PersonService.sameNameInUnit(em, p.name(), p.unitId());
            Person before = same == null ? null : same.toValue(null);
            Long previous = PersonService.topLeaderOf(em, p.unitId(), same == null ? null : same.id());
            if (same == null) {
                changes.add(new Change(null, persons.insert(em, caller, p), previous));
                created++;
            } else {
                changes.add(new Change(before, persons.apply(em, caller, same, p), previous));
                updated++;
            }
        }
        return new ImportReport(people.size(), created, updated, List.of());
    }

    /** An empty workbook with the import columns and one example row. */
    public byte[] template() {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("干部", null, COLUMNS,
                List.of(List.of("张三", "LC-JY-001", "党组书记、局长", "正处级", "一把手", "在用")))));
    }
}
