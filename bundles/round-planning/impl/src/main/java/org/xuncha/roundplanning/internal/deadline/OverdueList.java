package org.xuncha.roundplanning.internal.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.export.Export;

/**
 * The overdue list as people work with it (超期事项): filtered by kind, stage and a word of the round's or the
 * unit's name, paged with its total, and exported as the office files it. The items are those of
 * {@link DeadlineService#overdue}, computed for the caller's scope (a few hundred at most, so filtered here).
 */
@Component(service = OverdueList.class)
public class OverdueList {

    /** What the list is narrowed to; null (or a blank text) leaves a filter out. */
    public record Filter(Deadline.Kind kind, Stage stage, String text) {
    }

    static final List<String> HEADER = List.of("巡察轮次", "超期事项", "所处阶段", "被巡察单位", "应完成日期", "超期天数");

    private final ModuleStore db;
    private final DeadlineService deadlines;
    private final SpreadsheetService spreadsheets;

    @Activate
    public OverdueList(@Reference Store store, @Reference DeadlineService deadlines, @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.deadlines = deadlines;
        this.spreadsheets = spreadsheets;
    }

    public Page<Deadline> page(Caller caller, Filter filter, PageRequest page) {
        List<Deadline> all = filter(deadlines.overdue(caller), filter);
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new Page<>(List.copyOf(all.subList(from, to)), all.size(), page.page(), page.size());
    }

    public Export export(Caller caller, Filter filter) {
        List<Deadline> all = filter(deadlines.overdue(caller), filter);
        List<List<Object>> rows = new ArrayList<>();
        for (Deadline d : all) {
            rows.add(java.util.Arrays.asList(d.roundName(), d.kind().nameZh(), d.stage().nameZh(), d.unitName(), d.due(), d.daysOverdue()));
        }
        byte[] xlsx = spreadsheets.write(List.of(new SpreadsheetService.Sheet("超期事项", "超期事项（" + db.today() + "）", HEADER, rows)));
        db.audit(caller, AuditAction.EXPORT, "round", null, "导出超期事项 " + rows.size() + " 条");
        return new Export(Export.fileName("超期事项（" + db.today() + "）", "xlsx"), xlsx);
    }

    static List<Deadline> filter(List<Deadline> items, Filter f) {
        if (f == null) {
            return items;
        }
        String text = f.text() == null || f.text().isBlank() ? null : f.text().strip().toLowerCase(Locale.ROOT);
        return items.stream()
                .filter(d -> f.kind() == null || d.kind() == f.kind())
                .filter(d -> f.stage() == null || d.stage() == f.stage())
                .filter(d -> text == null || contains(d.roundName(), text) || contains(d.unitName(), text))
                .toList();
    }

    private static boolean contains(String s, String text) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(text);
    }
}
