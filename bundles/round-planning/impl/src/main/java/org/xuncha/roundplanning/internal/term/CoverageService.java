package org.xuncha.roundplanning.internal.term;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.Coverage;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.export.Export;
import org.xuncha.roundplanning.internal.export.Workbooks;
import org.xuncha.roundplanning.internal.round.RoundEntity;

/**
 * Full coverage (全覆盖) of a term: its universe is the active units of the term's division, read
 * with the caller's own reference-data rights; the arithmetic is {@link CoverageCalculator}'s.
 */
@Component(service = CoverageService.class)
public class CoverageService {

    private final ModuleStore db;
    private final ReferenceDataService reference;
    private final SpreadsheetService spreadsheets;

    @Activate
    public CoverageService(@Reference Store store, @Reference ReferenceDataService reference,
                           @Reference SpreadsheetService spreadsheets) {
        this.db = store.db();
        this.reference = reference;
        this.spreadsheets = spreadsheets;
    }

    public Coverage coverage(Caller caller, long termId) {
        return table(caller, termId).coverage();
    }

    /** The coverage table as an xlsx workbook named after the term; the export is audited. */
    public Export export(Caller caller, long termId) {
        CoverageCalculator.Result c = table(caller, termId);
        byte[] xlsx = spreadsheets.write(Workbooks.coverage(c.coverage(), c.units()));
        db.audit(caller, AuditAction.EXPORT, "term", termId, "导出全覆盖情况表（届 " + termId + "）");
        return new Export(Export.fileName(c.coverage().term().name() + "巡察全覆盖情况", "xlsx"), xlsx);
    }

    private CoverageCalculator.Result table(Caller caller, long termId) {
        caller.require(RoundPlanningPermissions.COVERAGE_READ);
        record Data(TermEntity term, List<CoverageCalculator.RoundInput> rounds) {
        }
        Data data = db.read(em -> {
            TermEntity t = TermEntity.load(em, termId);
            caller.requireDivision(t.divisionCode);
            return new Data(t, roundInputs(em, termId));
        });
        List<Unit> universe = reference.allUnits(caller, new UnitQuery(null, data.term().divisionCode, null, null, null, null, true));
        return CoverageCalculator.evaluate(data.term().toValue().ref(), db.today(), universe, data.rounds());
    }

    /** The rounds of a term with their target units, as coverage needs them. */
    static List<CoverageCalculator.RoundInput> roundInputs(EntityManager em, long termId) {
        List<RoundEntity> rounds = em.createQuery("select r from RoundEntity r where r.termId = :t order by r.number", RoundEntity.class)
                .setParameter("t", termId).getResultList();
        Map<Long, Set<Long>> units = new HashMap<>();
        for (Object[] row : em.createQuery("select t.roundId, t.unitId from TargetEntity t where t.roundId in "
                + "(select r.id from RoundEntity r where r.termId = :t)", Object[].class).setParameter("t", termId).getResultList()) {
            units.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        return rounds.stream().map(r -> new CoverageCalculator.RoundInput(r.id, r.number, r.name, r.type, r.stage,
                units.getOrDefault(r.id, Set.of()))).toList();
    }
}
