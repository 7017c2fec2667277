package org.xuncha.rectification.internal.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.rectification.api.RectificationPermissions;
import org.xuncha.rectification.internal.Access;
import org.xuncha.rectification.internal.Store;
import org.xuncha.rectification.internal.task.TaskEntity;

/**
 * Every ledger in the caller's scope (of one round when given) as one spreadsheet: a row per task,
 * led by its unit and round, ledgers by round and in the order they were opened; audited as one export.
 */
@Component(service = AllLedgersExport.class)
public class AllLedgersExport {

    static final List<String> HEADER;

    static {
        List<String> h = new ArrayList<>(List.of("被巡察单位", "巡察轮次"));
        h.addAll(LedgerExport.HEADER);
        HEADER = List.copyOf(h);
    }

    private final ModuleStore store;
    private final Access access;
    private final SpreadsheetService spreadsheets;

    @Activate
    public AllLedgersExport(@Reference Store store, @Reference Access access, @Reference SpreadsheetService spreadsheets) {
        this.store = store.db();
        this.access = access;
        this.spreadsheets = spreadsheets;
    }

    public byte[] export(Caller caller, Long roundId) {
        caller.require(RectificationPermissions.EXPORT);
        List<List<Object>> rows = store.read(em -> {
            List<LedgerEntity> ledgers = access.scoped(caller, "l").eq("l.roundId", "roundId", roundId)
                    .list(em, LedgerEntity.class, "l", " order by l.roundId, l.id");
            Map<Long, List<TaskEntity>> tasks = new HashMap<>();
            if (!ledgers.isEmpty()) {
                em.createQuery("select t from TaskEntity t where t.ledgerId in :ids order by t.id", TaskEntity.class)
                        .setParameter("ids", ledgers.stream().map(l -> l.id).toList()).getResultList()
                        .forEach(t -> tasks.computeIfAbsent(t.ledgerId, k -> new ArrayList<>()).add(t));
            }
            List<List<Object>> out = new ArrayList<>();
            for (LedgerEntity l : ledgers) {
                for (List<Object> row : LedgerExport.rows(tasks.getOrDefault(l.id, List.of()), store.today(),
                        t -> store.decrypt(t.problem, TaskEntity.place(t.id)))) {
                    List<Object> full = new ArrayList<>(List.of(l.unitName, l.roundName));
                    full.addAll(row);
                    out.add(full);
                }
            }
            return out;
        });
        byte[] xlsx = spreadsheets.write(List.of(new SpreadsheetService.Sheet("整改台账", "整改台账汇总（导出日期 " + store.today() + "）", HEADER, rows)));
        store.audit(caller, AuditAction.EXPORT, "ledger", roundId == null ? "all" : "round-" + roundId, "导出全部整改台账（" + rows.size() + " 项任务）");
        return xlsx;
    }
}
