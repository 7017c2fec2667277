package org.xuncha.example.internal.note;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteService;
import org.xuncha.example.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The notes list as a spreadsheet, the way every module exports a list: read through the same service
 * as the page (so with its permission, scope and filter), written by the platform's SpreadsheetService
 * with Chinese headers, audited, and named in Chinese (the resource answers it with {@code Downloads.xlsx}).
 */
@Component(service = NotesExport.class)
public class NotesExport {

    /** A workbook and its Chinese file name. */
    public record Workbook(byte[] bytes, String filename) {
    }

    private final ModuleStore store;
    private final NoteService notes;
    private final ReferenceDataService reference;
    private final SpreadsheetService sheets;

    @Activate
    public NotesExport(@Reference Store store, @Reference NoteService notes, @Reference ReferenceDataService reference,
                       @Reference SpreadsheetService sheets) {
        this.store = store.db();
        this.notes = notes;
        this.reference = reference;
        this.sheets = sheets;
    }

    /** The notes the page lists (of one unit, or all in the caller's scope), every page, in the page's order. */
    public Workbook export(Caller caller, Long unitId, String sort) {
        List<Note> all = Page.all(sort, NoteService.SORTABLE, "-id", r -> notes.notes(caller, unitId, r));
        Map<Long, Unit> units = all.isEmpty() ? Map.of() : reference.units(caller, all.stream().map(Note::unitId).collect(Collectors.toSet()));
        List<List<Object>> rows = new ArrayList<>();
        for (Note n : all) {
            rows.add(Arrays.asList(units.containsKey(n.unitId()) ? units.get(n.unitId()).name() : "#" + n.unitId(), n.text(), n.author(),
                    n.createdAt()));
        }
        String name = unitId == null ? "单位备注" : "单位备注-" + (units.containsKey(unitId) ? units.get(unitId).name() : unitName(caller, unitId));
        String clean = name.replaceAll("[\\\\/:*?\"<>|\\[\\]]", "_");
        byte[] bytes = sheets.write(List.of(new SpreadsheetService.Sheet(clean.length() > 31 ? clean.substring(0, 31) : clean,
                name + "（导出日期 " + store.today() + "）", List.of("被巡察单位", "备注内容", "记录人", "时间"), rows)));
        store.audit(caller, AuditAction.EXPORT, "note", unitId, "导出" + name + "（" + rows.size() + " 条）");
        return new Workbook(bytes, clean + ".xlsx");
    }

    private String unitName(Caller caller, long unitId) {
        return reference.unit(caller, unitId).map(Unit::name).orElse("#" + unitId);
    }
}
