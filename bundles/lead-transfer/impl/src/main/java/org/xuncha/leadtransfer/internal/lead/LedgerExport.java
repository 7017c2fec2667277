package org.xuncha.leadtransfer.internal.lead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.api.LeadTransferPermissions;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The lead ledger (线索移交台账) as an Excel workbook: one row per visible lead, with its handling.
 * Rounds and groups are named as round planning names them, so the ledger waits (503) while round
 * planning is away rather than listing bare ids.
 */
@Component(service = LedgerExport.class)
public class LedgerExport {

    static final List<String> HEADER = List.of("序号", "线索编号", "巡察轮次", "巡察组", "被巡察单位", "反映对象", "职务", "职级", "是否一把手",
            "问题类别", "线索来源", "移交对象", "移交文号", "移交日期", "反馈期限", "签收日期", "处置方式", "处理结果", "处理处分人次", "移送司法人数",
            "状态", "逾期天数");

    private final LeadService leads;
    private final ModuleStore store;
    private final Rounds rounds;
    private final ReferenceDataService reference;
    private final SpreadsheetService spreadsheets;
    private final Taxonomy taxonomy;

    @Activate
    public LedgerExport(@Reference LeadService leads, @Reference Store store, @Reference Rounds rounds,
                        @Reference ReferenceDataService reference, @Reference SpreadsheetService spreadsheets,
                        @Reference Taxonomy taxonomy) {
        this.leads = leads;
        this.store = store.db();
        this.rounds = rounds;
        this.reference = reference;
        this.spreadsheets = spreadsheets;
        this.taxonomy = taxonomy;
    }

    public byte[] export(Caller caller, LeadQuery query) {
        caller.require(LeadTransferPermissions.LEAD_EXPORT).require(LeadTransferPermissions.LEAD_READ);
        LocalDate today = store.today();
        List<LeadEntity> list = leads.all(caller, query, today);
        Set<Long> ids = LeadService.ids(list);
        Rounds.Names names = rounds.names(list.stream().map(l -> l.roundId).toList(), list.stream().map(l -> l.groupId).toList());
        LeadService.Handling handling = leads.handling(ids);
        Map<Long, Unit> units = unitNames(caller, list);
        Map<String, Taxonomy.Category> categories = taxonomy.all();
        List<List<Object>> rows = new ArrayList<>();
        int n = 0;
        for (LeadEntity l : list) {
            List<DisposalEntity> disposals = handling.disposals().getOrDefault(l.id, List.of());
            List<OutcomeEntity> outcomes = handling.outcomes().getOrDefault(l.id, List.of());
            List<Object> row = new ArrayList<>();
            row.add(++n);
            row.add(l.id);
            row.add(names.round(l.roundId));
            row.add(names.group(l.groupId));
            row.add(units.containsKey(l.unitId) ? units.get(l.unitId).name() : "#" + l.unitId);
            row.add(store.decrypt(l.personName, l.place("person_name")));
            row.add(store.decrypt(l.personPost, l.place("person_post")));
            row.add(store.decrypt(l.personRank, l.place("person_rank")));
            row.add(l.topLeader ? "是" : "否");
            row.add(l.category == null ? null : categories.containsKey(l.category) ? categories.get(l.category).nameZh() : l.category);
            row.add(l.source.nameZh());
            row.add(l.receiverName);
            row.add(l.documentNumber);
            row.add(l.transferredOn);
            row.add(l.feedbackDue);
            row.add(l.acknowledgedOn);
            row.add(disposals.stream().map(d -> d.method.nameZh() + "（" + d.reportedOn + "）").collect(Collectors.joining("；")));
            row.add(outcomes.stream().map(o -> (o.grade == null ? o.kind.nameZh() : o.kind.nameZh() + "·" + o.grade.nameZh()) + " " + o.people + "人")
                    .collect(Collectors.joining("；")));
            row.add(outcomes.stream().filter(o -> o.kind.handling()).mapToInt(o -> o.people).sum());
            row.add(outcomes.stream().filter(o -> o.kind == OutcomeKind.PROSECUTION).mapToInt(o -> o.people).sum());
            row.add(l.status.nameZh());
            row.add(FeedbackClock.daysOverdue(l.status, l.feedbackDue, today));
            rows.add(row);
        }
        byte[] xlsx = spreadsheets.write(List.of(new SpreadsheetService.Sheet("线索移交台账", "问题线索移交台账（" + today + "）", HEADER, rows)));
        store.audit(caller, AuditAction.EXPORT, LeadService.TYPE, null, "导出线索移交台账（" + rows.size() + "条）："
                + LeadService.summarise(List.copyOf(ids)));
        return xlsx;
    }

    private Map<Long, Unit> unitNames(Caller caller, List<LeadEntity> list) {
        try {
            return reference.units(caller, list.stream().map(l -> l.unitId).collect(Collectors.toSet()));
        } catch (RuntimeException e) {
            // A caller who may not read reference data still gets the ledger, with unit ids.
            return Map.of();
        }
    }
}
