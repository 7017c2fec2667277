package org.xuncha.roundplanning.internal.round;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.roundplanning.internal.export.Workbooks;
import org.xuncha.roundplanning.internal.term.TermEntity;

/** The round plan (巡察方案) as the office files it: an xlsx of what the caller may see of the round, named after it. */
@Component(service = PlanExport.class)
public class PlanExport {

    private final ModuleStore db;
    private final RoundService rounds;
    private final SpreadsheetService spreadsheets;

    @Activate
    public PlanExport(@Reference Store store, @Reference RoundService rounds, @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.rounds = rounds;
        this.spreadsheets = spreadsheets;
    }

    public Export export(Caller caller, long roundId) {
        RoundDetail d = rounds.round(caller, roundId);
        record Names(String term, Map<Long, String> priorities) {
        }
        // the term and priority names of a round the caller may read, whatever their rights on terms and priorities
        Names names = db.read(em -> {
            Map<Long, String> priorities = new HashMap<>();
            if (!d.round().priorityIds().isEmpty() || d.targets().stream().anyMatch(t -> !t.priorityIds().isEmpty())) {
                em.createQuery("select p.id, p.name from PriorityEntity p where p.divisionCode = :d", Object[].class)
                        .setParameter("d", d.round().divisionCode()).getResultList()
                        .forEach(row -> priorities.put((Long) row[0], (String) row[1]));
            }
            return new Names(TermEntity.load(em, d.round().termId()).name, priorities);
        });
        byte[] xlsx = spreadsheets.write(Workbooks.plan(d.round(), names.term(), d.targets(), d.groups(), d.approvals(),
                d.amendments(), names.priorities()));
        db.audit(caller, AuditAction.EXPORT, "round", roundId, "导出巡察方案（轮次 " + roundId + "）");
        return new Export(Export.fileName(d.round().name() + "方案", "xlsx"), xlsx);
    }
}
