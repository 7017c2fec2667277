package org.xuncha.platform.internal.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * Excel import of units and persons. Every row is checked before anything is written; one wrong
 * row imports nothing and the report lists every problem by row and column, as the user sees them
 * in Excel.
 */
final class ReferenceImporter {

    static final List<String> UNIT_COLUMNS = List.of("单位编码", "单位名称", "所属区划代码", "上级单位编码", "领域", "板块", "系统", "状态");
    static final List<String> PERSON_COLUMNS = List.of("姓名", "单位编码", "职务", "职级", "班子身份", "状态");
    static final Map<String, Person.Leadership> LEADERSHIP = Map.of(
            "一把手", Person.Leadership.TOP_LEADER, "班子成员", Person.Leadership.LEADING_GROUP,
            "中层干部", Person.Leadership.MIDDLE_MANAGER, "一般干部", Person.Leadership.STAFF,
            "离退休干部", Person.Leadership.RETIRED);

    private final ReferenceDataServiceImpl service;
    private final SpreadsheetService spreadsheets;

    ReferenceImporter(ReferenceDataServiceImpl service, SpreadsheetService spreadsheets) {
        this.service = service;
        this.spreadsheets = spreadsheets;
    }

    List<List<String>> read(InputStream xlsx) throws IOException {
        return spreadsheets.readFirstSheet(xlsx);
    }

    private static void checkHeader(List<List<String>> rows, List<String> columns) {
        if (rows.isEmpty() || !rows.get(0).containsAll(columns.subList(0, 2))) {
            throw ApiException.badRequest("bad_template", "表头不符合导入模板，应为：" + String.join("、", columns),
                    "The header row does not match the import template: " + String.join(", ", columns));
        }
    }

    private static String cell(List<String> header, List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= row.size() ? "" : row.get(i).trim();
    }

    private static boolean activeOf(String status) {
        return !(status.equals("撤销") || status.equals("停用") || status.equals("离职") || status.equalsIgnoreCase("inactive"));
    }

    ImportReport importUnits(Caller caller, List<List<String>> rows, IntConsumer progress) {
        checkHeader(rows, UNIT_COLUMNS);
        List<String> header = rows.get(0);
        return service.inTransaction(em -> {
            List<ImportReport.RowError> errors = new ArrayList<>();
            Set<String> codesInFile = new HashSet<>();
            List<String[]> parsed = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String code = cell(header, row, "单位编码");
                List<FieldError> fe = new ArrayList<>();
                if (!code.isEmpty() && !codesInFile.add(code)) {
                    fe.add(new FieldError("单位编码", "duplicate", "文件中单位编码重复：" + code, "code repeated in the file: " + code));
                }
                String status = cell(header, row, "状态");
                if (!status.isEmpty() && !List.of("在用", "撤销", "停用", "active", "inactive").contains(status)) {
                    fe.add(new FieldError("状态", "invalid", "状态应为“在用”或“撤销”", "status must be 在用 or 撤销"));
                }
                Unit u = new Unit(null, code, cell(header, row, "单位名称"), cell(header, row, "所属区划代码"), null,
                        cell(header, row, "领域"), cell(header, row, "板块"), cell(header, row, "系统"), activeOf(status), null);
                service.checkUnitForImport(em, caller, u).forEach(f -> fe.add(column(f)));
                if (!fe.isEmpty()) {
                    errors.add(new ImportReport.RowError(r + 1, fe));
                }
                parsed.add(new String[] {String.valueOf(r + 1), code, cell(header, row, "上级单位编码")});
                if (progress != null) {
                    progress.accept(r);
                }
            }
            // Parents may be defined further down the same file.
            Map<String, UnitEntity> existing = service.unitsByCode(em, codesInFile);
            Set<String> known = new HashSet<>(codesInFile);
            Set<String> parentCodes = new HashSet<>();
            parsed.forEach(p -> {
                if (!p[2].isEmpty()) {
                    parentCodes.add(p[2]);
                }
            });
            Map<String, UnitEntity> parents = service.unitsByCode(em, parentCodes);
            for (String[] p : parsed) {
                if (!p[2].isEmpty() && !known.contains(p[2]) && !parents.containsKey(p[2])) {
                    errors.add(new ImportReport.RowError(Integer.parseInt(p[0]), List.of(new FieldError("上级单位编码", "not_found",
                            "上级单位不存在：" + p[2], "parent unit not found: " + p[2]))));
                }
            }
            if (!errors.isEmpty()) {
                errors.sort(java.util.Comparator.comparingInt(ImportReport.RowError::row));
                return new ImportReport(parsed.size(), 0, 0, errors);
            }
            int created = 0;
            int updated = 0;
            Map<String, Long> ids = new HashMap<>();
            existing.forEach((c, e) -> ids.put(c, e.id()));
            parents.forEach((c, e) -> ids.put(c, e.id()));
            // Two passes: create or update without parents, then link parents, so order in the file does not matter.
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String code = cell(header, row, "单位编码");
                UnitEntity current = existing.get(code);
                Long parentId = current == null ? null : current.toValue().parentId();
                Unit u = new Unit(null, code, cell(header, row, "单位名称"), cell(header, row, "所属区划代码"), parentId,
                        cell(header, row, "领域"), cell(header, row, "板块"), cell(header, row, "系统"), activeOf(cell(header, row, "状态")), null);
                if (current == null) {
                    ids.put(code, service.insertUnit(em, caller, u).id());
                    created++;
                } else {
                    service.applyUnit(em, caller, current, u);
                    updated++;
                }
            }
            for (String[] p : parsed) {
                if (!p[2].isEmpty()) {
                    UnitEntity child = em.find(UnitEntity.class, ids.get(p[1]));
                    Unit v = child.toValue();
                    service.applyUnit(em, caller, child, new Unit(v.id(), v.code(), v.name(), v.divisionCode(), ids.get(p[2]),
                            v.field(), v.sector(), v.system(), v.active(), null));
                }
            }
            return new ImportReport(parsed.size(), created, updated, List.of());
        });
    }

    ImportReport importPersons(Caller caller, List<List<String>> rows, IntConsumer progress) {
        checkHeader(rows, PERSON_COLUMNS);
        List<String> header = rows.get(0);
        return service.inTransaction(em -> {
            Set<String> unitCodes = new HashSet<>();
            for (int r = 1; r < rows.size(); r++) {
                unitCodes.add(cell(header, rows.get(r), "单位编码"));
            }
            Map<String, UnitEntity> units = service.unitsByCode(em, unitCodes);
            List<ImportReport.RowError> errors = new ArrayList<>();
            List<Person> people = new ArrayList<>();
            List<Integer> rowNumbers = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                List<FieldError> fe = new ArrayList<>();
                String unitCode = cell(header, row, "单位编码");
                UnitEntity unit = units.get(unitCode);
                if (unit == null) {
                    fe.add(new FieldError("单位编码", "not_found", "单位不存在：" + unitCode, "unit not found: " + unitCode));
                }
                String lead = cell(header, row, "班子身份");
                if (!lead.isEmpty() && !LEADERSHIP.containsKey(lead)) {
                    fe.add(new FieldError("班子身份", "invalid", "班子身份应为：" + String.join("、", LEADERSHIP.keySet()),
                            "leadership must be one of: " + String.join(", ", LEADERSHIP.keySet())));
                }
                Person p = new Person(null, cell(header, row, "姓名"), unit == null ? null : unit.id(), cell(header, row, "职务"),
                        cell(header, row, "职级"), lead.isEmpty() ? Person.Leadership.STAFF : LEADERSHIP.get(lead), null,
                        activeOf(cell(header, row, "状态")), null);
                if (unit != null) {
                    validate(() -> service.checkPersonForImport(caller, p, unit)).forEach(f -> fe.add(personColumn(f)));
                }
                if (fe.isEmpty()) {
                    people.add(p);
                    rowNumbers.add(r + 1);
                } else {
                    errors.add(new ImportReport.RowError(r + 1, fe));
                }
                if (progress != null) {
                    progress.accept(r);
                }
            }
            if (!errors.isEmpty()) {
                return new ImportReport(people.size() + errors.size(), 0, 0, errors);
            }
            int created = 0;
            int updated = 0;
            for (Person p : people) {
                List<PersonEntity> same = em.createQuery("select p from PersonEntity p where p.name = :n and p.unitId = :u", PersonEntity.class)
                        .setParameter("n", p.name()).setParameter("u", p.unitId()).getResultList();
                if (same.isEmpty()) {
                    service.insertPerson(em, caller, p);
                    created++;
                } else {
                    service.applyPerson(em, caller, same.get(0), p);
                    updated++;
                }
            }
            return new ImportReport(people.size(), created, updated, List.of());
        });
    }

    /** Unit fields by the spreadsheet column the user sees. */
    private static final Map<String, String> UNIT_FIELD_COLUMNS = Map.of("code", "单位编码", "name", "单位名称",
            "divisionCode", "所属区划代码", "field", "领域", "sector", "板块", "system", "系统");

    private static final Map<String, String> PERSON_FIELD_COLUMNS = Map.of("name", "姓名", "unitId", "单位编码", "post", "职务",
            "rank", "职级");

    private static FieldError personColumn(FieldError f) {
        return new FieldError(PERSON_FIELD_COLUMNS.getOrDefault(f.field(), f.field()), f.code(), f.message(), f.messageEn());
    }

    private static FieldError column(FieldError f) {
        return new FieldError(UNIT_FIELD_COLUMNS.getOrDefault(f.field(), f.field()), f.code(), f.message(), f.messageEn());
    }

    private static List<FieldError> validate(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (ApiException e) {
            return e.fields().isEmpty() ? List.of(new FieldError("", e.code(), e.messageZh(), e.messageEn())) : e.fields();
        }
    }

    byte[] unitTemplate() {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("单位", null, UNIT_COLUMNS,
                List.of(List.of("LC-JY-001", "聊城市教育和体育局党组", "371500", "", "党政机关", "社会民生", "教育系统", "在用")))));
    }

    byte[] personTemplate() {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("干部", null, PERSON_COLUMNS,
                List.of(List.of("张三", "LC-JY-001", "党组书记、局长", "正处级", "一把手", "在用")))));
    }
}
