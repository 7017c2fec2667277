package org.xuncha.demo.internal;

import static org.xuncha.demo.internal.seed.Table.bool;
import static org.xuncha.demo.internal.seed.Table.date;
import static org.xuncha.demo.internal.seed.Table.opt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.leadtransfer.api.LeadDraft;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.leadtransfer.api.LeadRecords;
import org.xuncha.leadtransfer.api.ProblemDraft;
import org.xuncha.leadtransfer.api.Source;
import org.xuncha.platform.api.security.Caller;

/**
 * Problems, leads and what came of them, entered after the fact through the module's
 * {@link LeadIntake} and {@link LeadRecords}: every problem approved by the leading group (a batch
 * per transaction, each checked, its approval sheet signed and audited); every lead
 * transferred on its day, acknowledged, disposed of (a case opened where a sanction, detention or
 * prosecution followed, as the rules require), its outcomes reported one per person handled, and
 * concluded; self-surrenders recorded against their round. The module's own statistics then give the
 * report's figures.
 */
@Component(service = {}, enabled = false, immediate = true)
public class LeadTransferPart extends BasePart {

    /** The seed's problem categories (the “four implementations”) → the module's default taxonomy. */
    static final Map<String, String> PROBLEM_CATEGORY = Map.of("DECISIONS", "POLITICAL", "STRICT_GOVERNANCE", "RESPONSIBILITY",
            "ORGANISATION_LINE", "ORGANISATIONAL", "RECTIFICATION", "RECTIFICATION");
    /** The six disciplines and suspected crimes in office → the taxonomy. */
    static final Map<String, String> LEAD_CATEGORY = Map.of("政治纪律", "DISC_POLITICAL", "组织纪律", "DISC_ORGANISATIONAL",
            "廉洁纪律", "DISC_INTEGRITY", "群众纪律", "DISC_MASSES", "工作纪律", "DISC_WORK", "生活纪律", "DISC_LIFE",
            "涉嫌职务违法犯罪", "CORRUPTION");
    /** A sanction's first-named grade → the module's grade (the Party grade of a combined Party and government sanction). */
    static final Map<String, String> GRADE = gradeMap();

    static final int PROBLEM_BATCH = 200;

    private final LeadIntake intake;
    private final LeadRecords records;

    @Activate
    public LeadTransferPart(@Reference DemoLoader loader, @Reference LeadIntake intake, @Reference LeadRecords records) {
        super(loader, "lead-transfer", "lead-transfer", List.of(RoundPlanningPart.ID));
        this.intake = intake;
        this.records = records;
        offer();
    }

    private static Map<String, String> gradeMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("党内警告", "WARNING");
        m.put("党内严重警告", "SERIOUS_WARNING");
        m.put("撤销党内职务", "REMOVAL_FROM_PARTY_POST");
        m.put("留党察看", "PROBATION");
        m.put("开除党籍", "EXPULSION");
        m.put("警告", "GOV_WARNING");
        m.put("记过", "DEMERIT");
        m.put("记大过", "MAJOR_DEMERIT");
        m.put("降级", "DEMOTION");
        m.put("撤职", "DISMISSAL");
        m.put("开除公职", "EXPULSION_FROM_OFFICE");
        return m;
    }

    @Override
    public boolean isEmpty(Caller caller) {
        return records.count(caller) == 0;
    }

    @Override
    public int load(Seeds seeds, Caller caller, DemoIds ids) {
        Map<String, Map<String, String>> rounds = seeds.index("round-planning/rounds.csv", "key");
        Map<String, Map<String, String>> groups = seeds.index("round-planning/groups.csv", "key");
        int n = 0;
        // Approved problems a round at a time (the day found is the last day of the round's fieldwork), in batches.
        Map<String, List<ProblemDraft>> byRound = new LinkedHashMap<>();
        for (Map<String, String> p : seeds.rows("lead-transfer/problems.csv")) {
            byRound.computeIfAbsent(p.get("round_key"), k -> new ArrayList<>()).add(new ProblemDraft(ids.id("round", p.get("round_key")),
                    ids.id("group", p.get("group_key")), ids.id("unit", p.get("unit_code")), PROBLEM_CATEGORY.get(p.get("category")),
                    p.get("description"), bool(p, "top_leader"), bool(p, "leading_group"), Source.valueOf(p.get("source")),
                    "demo:" + p.get("key")));
        }
        for (Map.Entry<String, List<ProblemDraft>> e : byRound.entrySet()) {
            List<ProblemDraft> drafts = e.getValue();
            for (int i = 0; i < drafts.size(); i += PROBLEM_BATCH) {
                n += records.recordApprovedProblems(caller, drafts.subList(i, Math.min(drafts.size(), i + PROBLEM_BATCH)),
                        date(rounds.get(e.getKey()), "field_end")).size();
            }
        }
        Map<String, List<Map<String, String>>> dispositions = byLead(seeds.rows("lead-transfer/dispositions.csv"));
        Map<String, List<Map<String, String>>> events = byLead(seeds.rows("lead-transfer/case-events.csv"));
        Map<Integer, Integer> documentNumbers = new HashMap<>();
        for (Map<String, String> l : seeds.rows("lead-transfer/leads.csv")) {
            String person = opt(l, "person_key");
            long lead = intake.raiseLead(caller, new LeadDraft(ids.id("round", l.get("round_key")), ids.id("group", l.get("group_key")),
                    ids.id("unit", l.get("unit_code")), l.get("person_name"), opt(l, "person_post"), opt(l, "person_rank"),
                    person == null ? null : ids.id("person", person), LEAD_CATEGORY.get(l.get("category")), l.get("summary"),
                    bool(l, "top_leader"), Source.valueOf(l.get("source")), "demo:" + l.get("key")));
            LocalDate on = date(l, "transferred_on");
            int number = documentNumbers.merge(on.getYear(), 1, Integer::sum);
            records.transfer(caller, lead, l.get("receiver"), null, "聊巡移〔" + on.getYear() + "〕" + number + "号", on);
            records.acknowledge(caller, lead, on);
            n += 1 + handle(caller, lead, on, dispositions.getOrDefault(l.get("key"), List.of()), events.getOrDefault(l.get("key"), List.of()));
            for (Map<String, String> e : events.getOrDefault(l.get("key"), List.of())) {
                if (e.get("type").equals("SELF_SURRENDER")) {
                    records.recordSurrender(caller, ids.id("round", l.get("round_key")), ids.id("unit", l.get("unit_code")),
                            l.get("person_name"), opt(l, "person_post"), date(e, "occurred_on"),
                            groups.get(l.get("group_key")).get("name"));
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * The receiver's disposal and outcomes of one transferred lead: a case opened when a sanction,
     * detention or prosecution follows, a talk or inquiry before organisational handling alone, the
     * lead closed (予以了结) when nothing followed. Returns the outcomes recorded.
     */
    private int handle(Caller caller, long lead, LocalDate transferred, List<Map<String, String>> dispositions,
                       List<Map<String, String>> events) {
        boolean detained = events.stream().anyMatch(e -> e.get("type").equals("DETENTION"));
        boolean caseOpened = detained || events.stream().anyMatch(e -> e.get("type").equals("CASE_FILED"))
                || dispositions.stream().anyMatch(d -> !d.get("measure").equals("组织处理") || bool(d, "judicial_transfer"));
        if (dispositions.isEmpty() && !caseOpened) {
            records.reportDisposal(caller, lead, "CLOSED", transferred, "经初步核实予以了结（演示数据）");
            return 0;
        }
        records.reportDisposal(caller, lead, caseOpened ? "CASE_INVESTIGATION" : "TALK_INQUIRY", transferred, "演示数据");
        int outcomes = 0;
        LocalDate last = transferred;
        for (Map<String, String> e : events) {
            if (e.get("type").equals("DETENTION")) {
                records.reportOutcome(caller, lead, "DETENTION", null, 1, date(e, "occurred_on"), e.get("note"));
                outcomes++;
            }
        }
        List<Map<String, String>> sorted = new ArrayList<>(dispositions);
        sorted.sort(Comparator.comparing(d -> d.get("decided_on")));
        for (Map<String, String> d : sorted) {
            LocalDate decided = date(d, "decided_on");
            String note = d.get("person_name") + "（" + d.get("person_post") + "）：" + d.get("detail");
            records.reportOutcome(caller, lead, kind(d.get("measure")), grade(d.get("measure"), d.get("detail")), 1, decided, note);
            outcomes++;
            if (bool(d, "judicial_transfer")) {
                records.reportOutcome(caller, lead, "PROSECUTION", null, 1, decided, d.get("person_name") + " 移送司法机关");
                outcomes++;
            }
            last = decided.isAfter(last) ? decided : last;
        }
        records.conclude(caller, lead, last, "演示数据");
        return outcomes;
    }

    /** One person handled is one outcome: a combined Party and government sanction counts as the Party sanction, its detail in the note. */
    static String kind(String measure) {
        return switch (measure) {
            case "党纪处分", "党纪政务处分" -> "PARTY_SANCTION";
            case "政务处分" -> "GOVERNMENT_SANCTION";
            case "组织处理" -> "ORGANISATIONAL_HANDLING";
            default -> throw new IllegalArgumentException("unknown measure " + measure);
        };
    }

    /** The grade named first in the detail (e.g. 党内严重警告 of “党内严重警告、政务记大过”), null for organisational handling. */
    static String grade(String measure, String detail) {
        if (measure.equals("组织处理")) {
            return null;
        }
        String first = detail.split("、")[0].replace("政务", "");
        String grade = GRADE.get(first);
        if (grade == null) {
            throw new IllegalArgumentException("unknown sanction " + detail);
        }
        return grade;
    }

    private static Map<String, List<Map<String, String>>> byLead(List<Map<String, String>> rows) {
        Map<String, List<Map<String, String>>> m = new HashMap<>();
        rows.forEach(r -> m.computeIfAbsent(r.get("lead_key"), k -> new ArrayList<>()).add(r));
        return m;
    }
}
