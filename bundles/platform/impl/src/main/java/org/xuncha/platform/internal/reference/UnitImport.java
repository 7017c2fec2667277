package org.xuncha.platform.internal.reference;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.internal.Store;
import org.xuncha.platform.internal.registry.PlatformDescriptor;

/**
 * Excel import of units. Every row is checked, references included, before anything is written: one
 * wrong row imports nothing, and the report names every problem by row and column as the user sees
 * them in Excel. Parents may come further down the same file.
 */
@Component(service = UnitImport.class)
public class UnitImport {

    /** 是 (or empty) for an inspection target, 否 for a unit the committee does not inspect. */
    static final String TARGET = "巡察对象";
    static final List<String> COLUMNS = List.of("单位编码", "单位名称", "所属区划代码", "上级单位编码", "领域", "板块", "系统", "状态", TARGET);
    static final Map<String, String> COLUMN_OF_FIELD = Map.of("code", "单位编码", "name", "单位名称", "divisionCode", "所属区划代码",
            "parentId", "上级单位编码", "field", "领域", "sector", "板块", "system", "系统");

    private final ModuleStore db;
    private final UnitService units;
    private final SpreadsheetService spreadsheets;

    @Activate
    public UnitImport(@Reference Store store, @Reference UnitService units, @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.units = units;
        this.spreadsheets = spreadsheets;
    }

    /** One data row: its Excel row number, code, the parent code it names (may be empty) and the unit without parent. */
    private record Row(int excel, String code, String parentCode, Unit unit) {
    }

    /** @param progress told the number of rows checked so far, may be null */
    public ImportReport run(Caller caller, InputStream xlsx, IntConsumer progress) {
        caller.require(PlatformDescriptor.REFERENCE_WRITE);
        List<List<String>> rows = ImportRows.read(spreadsheets, xlsx);
        ImportRows sheet = ImportRows.of(rows, COLUMNS);
        try {
            return db.write(em -> {
                List<Row> parsed = check(em, caller, rows, sheet, progress);
                return sheet.ok() ? write(em, caller, parsed) : new ImportReport(parsed.size(), 0, 0, sheet.errors());
            });
        } catch (RuntimeException e) {
            if (UniqueRace.possible(e)) {
                throw ApiException.conflict("concurrent_change", "导入期间单位数据被他人修改，请重新导入",
                        "Units were changed by someone else during the import; import again");
            }
            throw e;
        }
    }

    private List<Row> check(EntityManager em, Caller caller, List<List<String>> rows, ImportRows sheet, IntConsumer progress) {
        List<Row> parsed = new ArrayList<>();
        Set<String> codesInFile = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (ImportRows.blank(row)) {
                continue;
            }
            int excel = r + 1;
            String code = sheet.cell(row, "单位编码");
            if (!code.isEmpty() && !codesInFile.add(code)) {
                sheet.add(excel, "单位编码", "duplicate", "文件中单位编码重复：" + code, "code repeated in the file: " + code);
            }
            String status = sheet.cell(row, "状态");
            sheet.checkStatus(excel, status);
            String target = sheet.cell(row, TARGET);
            Boolean isTarget = target.isEmpty() ? null : ImportRows.yesNo(target);
            if (!target.isEmpty() && isTarget == null) {
                sheet.add(excel, TARGET, "invalid", "巡察对象应填“是”或“否”", "巡察对象 (inspection target) must be 是 (yes) or 否 (no)");
            }
            Unit u = new Unit(null, code, sheet.cell(row, "单位名称"), sheet.cell(row, "所属区划代码"), null, sheet.cell(row, "领域"),
                    sheet.cell(row, "板块"), sheet.cell(row, "系统"), ImportRows.activeOf(status), null,
                    // an empty cell leaves it unsaid: an existing unit keeps it, so a file made from the older
                    // template does not turn the discipline commission back into a target
                    isTarget == null ? null : !isTarget);
            sheet.addAll(excel, UnitRules.check(u).errors(), COLUMN_OF_FIELD);
            checkDivision(em, caller, sheet, excel, u.divisionCode());
            String parent = sheet.cell(row, "上级单位编码");
            if (!parent.isEmpty() && !UnitRules.CODE.matcher(parent).matches()) {
                sheet.add(excel, "上级单位编码", "invalid", "上级单位编码格式不正确", "parent code has an invalid format");
                parent = "";
            } else if (!parent.isEmpty() && parent.equals(code)) {
                sheet.add(excel, "上级单位编码", "invalid", "上级单位不能是自身", "a unit cannot be its own parent");
                parent = "";
            }
            parsed.add(new Row(excel, code, parent, u));
            if (progress != null) {
                progress.accept(r);
            }
        }
        checkExisting(em, caller, sheet, parsed, codesInFile);
        return parsed;
    }

    private static void checkDivision(EntityManager em, Caller caller, ImportRows sheet, int excel, String division) {
        if (!DivisionRules.CODE.matcher(division).matches()) {
            return; // already reported by the unit's own checks
        }
        if (!DivisionService.exists(em, division)) {
            sheet.add(excel, "所属区划代码", "not_found", "所属区划不存在：" + division, "division not found: " + division);
        } else if (!caller.scope().coversDivision(division)) {
            sheet.add(excel, "所属区划代码", "out_of_scope", "该区划不在您的数据范围内", "This division is outside your data scope");
        }
    }

    /** Units the file updates must be the caller's; parents must exist (in the file or already) and make no loop. */
    private void checkExisting(EntityManager em, Caller caller, ImportRows sheet, List<Row> parsed, Set<String> codesInFile) {
        Map<String, UnitEntity> existing = units.byCodes(em, codesInFile);
        Set<String> outside = new HashSet<>();
        parsed.forEach(p -> {
            if (!p.parentCode().isEmpty() && !codesInFile.contains(p.parentCode())) {
                outside.add(p.parentCode());
            }
        });
        Map<String, UnitEntity> parents = units.byCodes(em, outside);
        Map<String, String> parentByCode = new HashMap<>();
        for (Row p : parsed) {
            UnitEntity current = existing.get(p.code());
            if (current != null && !caller.scope().coversDivision(current.divisionCode())) {
                sheet.add(p.excel(), "单位编码", "out_of_scope", "该单位不在您的数据范围内：" + p.code(), "This unit is outside your data scope: " + p.code());
            }
            if (!p.parentCode().isEmpty() && !codesInFile.contains(p.parentCode())) {
                UnitEntity parent = parents.get(p.parentCode());
                if (parent == null) {
                    sheet.add(p.excel(), "上级单位编码", "not_found", "上级单位不存在：" + p.parentCode(), "parent unit not found: " + p.parentCode());
                } else if (!caller.scope().coversDivision(parent.divisionCode())) {
                    sheet.add(p.excel(), "上级单位编码", "out_of_scope", "上级单位不在您的数据范围内", "the parent unit is outside your data scope");
                }
            }
            parentByCode.put(p.code(), p.parentCode().isEmpty() ? codeOf(em, current == null ? null : current.parentId()) : p.parentCode());
        }
        Map<String, String> storedParents = new HashMap<>();
        Function<String, String> parentOf = c -> parentByCode.containsKey(c) ? parentByCode.get(c)
                : storedParents.computeIfAbsent(c, k -> storedParentCode(em, k));
        for (Row p : parsed) {
            if (!p.parentCode().isEmpty() && !p.code().isEmpty() && UnitRules.closesLoop(p.code(), p.parentCode(), parentOf)) {
                sheet.add(p.excel(), "上级单位编码", "invalid", "上级单位不能是本单位的下级单位：" + p.parentCode(),
                        "the parent unit cannot be one of the unit's own sub-units: " + p.parentCode());
            }
        }
    }

    private ImportReport write(EntityManager em, Caller caller, List<Row> parsed) {
        Map<String, UnitEntity> existing = units.byCodes(em, parsed.stream().map(Row::code).toList());
        Map<String, Long> ids = new HashMap<>();
        existing.forEach((c, e) -> ids.put(c, e.id()));
        units.byCodes(em, parsed.stream().map(Row::parentCode).filter(c -> !c.isEmpty()).toList()).forEach((c, e) -> ids.put(c, e.id()));
        int created = 0;
        int updated = 0;
        // Two passes: create or update first, then link the parents the file names, so the order of the
        // rows does not matter. A unit that gets a new parent has none in between, so no state on the way
        // closes a loop that the end state does not.
        for (Row p : parsed) {
            UnitEntity current = existing.get(p.code());
            Long parentId = current == null || !p.parentCode().isEmpty() ? null : current.parentId();
            Unit u = withParent(p.unit(), null, parentId);
            if (current == null) {
                ids.put(p.code(), units.insert(em, caller, u).id());
                created++;
            } else {
                units.apply(em, caller, current, u);
                updated++;
            }
        }
        for (Row p : parsed) {
            if (!p.parentCode().isEmpty()) {
                UnitEntity child = em.find(UnitEntity.class, ids.get(p.code()));
                units.apply(em, caller, child, withParent(child.toValue(), child.id(), ids.get(p.parentCode())));
            }
        }
        return new ImportReport(parsed.size(), created, updated, List.of());
    }

    /** The unit with that parent, sent without a version: an import overwrites. */
    private static Unit withParent(Unit v, Long id, Long parentId) {
        return new Unit(id, v.code(), v.name(), v.divisionCode(), parentId, v.field(), v.sector(), v.system(), v.active(), null,
                v.notInspectionTarget());
    }

    private static String codeOf(EntityManager em, Long unitId) {
        UnitEntity u = unitId == null ? null : em.find(UnitEntity.class, unitId);
        return u == null ? null : u.code();
    }

    private static String storedParentCode(EntityManager em, String code) {
        List<Long> parent = em.createQuery("select u.parentId from UnitEntity u where u.code = :c", Long.class)
                .setParameter("c", code).getResultList();
        return parent.isEmpty() ? null : codeOf(em, parent.get(0));
    }

    /** An empty workbook with the import columns and one example row. */
    public byte[] template() {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("单位", null, COLUMNS,
                List.of(List.of("LC-JY-001", "聊城市教育和体育局党组", "371500", "", "党政机关", "社会民生", "教育系统", "在用", "是")))));
    }
}
