package org.xuncha.leadtransfer.internal.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Labeled;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadInput;
import org.xuncha.leadtransfer.internal.lead.LeadLifecycle;
import org.xuncha.leadtransfer.internal.lead.LeadRegistrationService;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.PastLeads;
import org.xuncha.leadtransfer.internal.lead.PastLeads.PastLead;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.lead.SanctionGrade;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.spreadsheet.ImportSheet;

/**
 * The leads template (历史线索导入模板): one row per outcome (处理结果) of a past lead, or one row for a lead
 * without outcomes. A lead is named by its number in the file (线索编号); its own cells — where it
 * was raised, the person, the transfer, acknowledgment, disposal and conclusion with their days — are
 * filled on its first row and left empty or repeated on the next. The steps are checked by the
 * rules the screens apply ({@link PastLeads#check}), each refusal named at its row and column.
 */
final class LeadRows {

    static final String KEY = "线索编号";
    static final String NAME = "反映对象姓名";
    static final String POST = "职务";
    static final String RANK = "职级";
    static final String CATEGORY = "线索类别";
    static final String SUMMARY = "线索摘要";
    static final String TOP_LEADER = "涉及一把手";
    static final String SOURCE = "线索来源";
    static final String RECEIVER = "移交对象";
    static final String RECEIVER_NAME = "移交部门名称";
    static final String DOCUMENT = "移交文号";
    static final String TRANSFERRED = "移交日期";
    static final String ACKNOWLEDGED = "签收日期";
    static final String METHOD = "处置方式";
    static final String REPORTED = "处置反馈日期";
    static final String DISPOSAL_NOTE = "处置说明";
    static final String CONCLUDED = "办结日期";
    static final String OUTCOME = "处理结果";
    static final String GRADE = "处分种类";
    static final String PEOPLE = "人数";
    static final String DECIDED = "决定日期";
    static final String OUTCOME_NOTE = "处理说明";
    /** The lead's own cells: the same on each of its rows. */
    static final List<String> LEAD_CELLS = List.of(Places.ROUND, Places.GROUP, Places.UNIT, NAME, POST, RANK, CATEGORY, SUMMARY, TOP_LEADER,
            SOURCE, RECEIVER, RECEIVER_NAME, DOCUMENT, TRANSFERRED, ACKNOWLEDGED, METHOD, REPORTED, DISPOSAL_NOTE, CONCLUDED);
    static final List<String> OUTCOME_CELLS = List.of(OUTCOME, GRADE, PEOPLE, DECIDED, OUTCOME_NOTE);
    static final List<String> COLUMNS = columns();
    static final List<String> REQUIRED = List.of(KEY, Places.ROUND, Places.GROUP, Places.UNIT, NAME);

    /** Where a rule's field is in the file. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("receiverKind", RECEIVER), Map.entry("receiverName", RECEIVER_NAME),
            Map.entry("documentNumber", DOCUMENT), Map.entry("transferredOn", TRANSFERRED), Map.entry("acknowledgedOn", ACKNOWLEDGED),
            Map.entry("method", METHOD), Map.entry("reportedOn", REPORTED), Map.entry("note", DISPOSAL_NOTE), Map.entry("kind", OUTCOME),
            Map.entry("grade", GRADE), Map.entry("people", PEOPLE), Map.entry("decidedOn", DECIDED), Map.entry("concludedOn", CONCLUDED));

    /** A lead as read, with the rows of its outcomes, for naming what the rules refuse. */
    record Read(int row, List<Integer> outcomeRows, PastLead lead) {
    }

    private LeadRows() {
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add(KEY);
        c.addAll(LEAD_CELLS);
        c.addAll(OUTCOME_CELLS);
        return List.copyOf(c);
    }

    static List<Read> read(ImportSheet sheet, Places places, Map<String, Taxonomy.Category> taxonomy, LocalDate today, IntConsumer progress) {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Read> leads = new LinkedHashMap<>();
        for (int i = 1; i <= sheet.size(); i++) {
            if (progress != null) {
                progress.accept(i);
            }
            if (sheet.blank(i)) {
                continue;
            }
            int row = ImportSheet.excelRow(i);
            String key = sheet.cell(i, KEY);
            sheet.required(row, KEY, key);
            Integer at = first.get(key);
            Read lead;
            if (at == null) {
                first.put(key, i);
                lead = lead(sheet, i, places, taxonomy, today);
                if (!key.isEmpty()) {
                    leads.put(key, lead);
                }
            } else {
                lead = leads.get(key);
                for (String c : LEAD_CELLS) {
                    String v = sheet.cell(i, c);
                    if (!v.isEmpty() && !v.equals(sheet.cell(at, c))) {
                        sheet.add(row, c, "inconsistent", "与同一线索第" + ImportSheet.excelRow(at) + "行的“" + c + "”不一致：" + v,
                                c + " differs from row " + ImportSheet.excelRow(at) + " of the same lead: " + v);
                    }
                }
            }
            LeadLifecycle.OutcomeInput outcome = outcome(sheet, i, today);
            if (outcome != null && lead != null) {
                lead.lead().outcomes().add(outcome);
                lead.outcomeRows().add(row);
            }
        }
        List<Read> all = new ArrayList<>();
        for (Read r : leads.values()) {
            if (r.lead().at() == null) {
                continue;
            }
            PastLeads.check(r.lead(), today, (step, index, e) -> sheet.add(index >= 0 ? r.outcomeRows().get(index) : r.row(), e, FIELDS,
                    switch (step) {
                        case TRANSFER -> TRANSFERRED;
                        case ACKNOWLEDGE -> ACKNOWLEDGED;
                        case DISPOSAL -> METHOD;
                        case OUTCOME -> OUTCOME;
                        case CONCLUDE -> CONCLUDED;
                    }));
            all.add(r);
        }
        return all;
    }

    /** The lead of its first row (placed, or with no placement when a cell is wrong). */
    private static Read lead(ImportSheet sheet, int i, Places places, Map<String, Taxonomy.Category> taxonomy, LocalDate today) {
        int row = ImportSheet.excelRow(i);
        String name = sheet.cell(i, NAME);
        sheet.required(row, NAME, name);
        sheet.maxLength(row, NAME, name, LeadRegistrationService.PERSON_NAME_MAX);
        sheet.maxLength(row, POST, sheet.cell(i, POST), LeadRegistrationService.PERSON_POST_MAX);
        sheet.maxLength(row, RANK, sheet.cell(i, RANK), LeadRegistrationService.PERSON_RANK_MAX);
        sheet.maxLength(row, SUMMARY, sheet.cell(i, SUMMARY), LeadRegistrationService.SUMMARY_MAX);
        String category = sheet.cell(i, CATEGORY).isEmpty() ? null : ProblemRows.category(sheet, row, sheet.cell(i, CATEGORY), taxonomy);
        Source source = sheet.choice(row, SOURCE, sheet.cell(i, SOURCE), Source.values(), Source::nameZh, false);
        boolean topLeader = sheet.yesNo(row, TOP_LEADER, sheet.cell(i, TOP_LEADER), false);
        LocalDate transferred = sheet.pastDate(row, TRANSFERRED, sheet.cell(i, TRANSFERRED), false, today);
        ReceiverKind receiver = sheet.choice(row, RECEIVER, sheet.cell(i, RECEIVER), ReceiverKind.values(), Labeled::nameZh, false);
        LeadLifecycle.TransferInput transfer = transferred == null && receiver == null && sheet.cell(i, DOCUMENT).isEmpty() ? null
                : new LeadLifecycle.TransferInput(receiver, blank(sheet.cell(i, RECEIVER_NAME)), blank(sheet.cell(i, DOCUMENT)), transferred);
        LocalDate acknowledged = sheet.pastDate(row, ACKNOWLEDGED, sheet.cell(i, ACKNOWLEDGED), false, today);
        DisposalMethod method = sheet.choice(row, METHOD, sheet.cell(i, METHOD), DisposalMethod.values(), Labeled::nameZh, false);
        LocalDate reported = sheet.pastDate(row, REPORTED, sheet.cell(i, REPORTED), false, today);
        LeadLifecycle.DisposalInput disposal = method == null && reported == null ? null
                : new LeadLifecycle.DisposalInput(method, reported, blank(sheet.cell(i, DISPOSAL_NOTE)));
        LocalDate concluded = sheet.pastDate(row, CONCLUDED, sheet.cell(i, CONCLUDED), false, today);
        Placement at = places.place(sheet, i, transferred != null ? transferred : today);
        LeadInput input = new LeadInput(at == null ? null : at.roundId(), at == null ? null : at.groupId(), at == null ? null : at.unitId(),
                name, blank(sheet.cell(i, POST)), blank(sheet.cell(i, RANK)), null, category, blank(sheet.cell(i, SUMMARY)), topLeader,
                source == null ? Source.GROUP_WORK : source, null, null);
        return new Read(row, new ArrayList<>(), new PastLead(input, input.source(), at, transfer, acknowledged, disposal, new ArrayList<>(),
                concluded == null ? null : new LeadLifecycle.ConcludeInput(concluded, null)));
    }

    /** The outcome of a row, if it gives one. */
    private static LeadLifecycle.OutcomeInput outcome(ImportSheet sheet, int i, LocalDate today) {
        if (OUTCOME_CELLS.stream().allMatch(c -> sheet.cell(i, c).isEmpty())) {
            return null;
        }
        int row = ImportSheet.excelRow(i);
        OutcomeKind kind = sheet.choice(row, OUTCOME, sheet.cell(i, OUTCOME), OutcomeKind.values(), Labeled::nameZh, true);
        SanctionGrade grade = sheet.choice(row, GRADE, sheet.cell(i, GRADE), SanctionGrade.values(), Labeled::nameZh, false);
        Integer people = sheet.whole(row, PEOPLE, sheet.cell(i, PEOPLE), 1, LeadLifecycle.PEOPLE_MAX, false);
        LocalDate decided = sheet.pastDate(row, DECIDED, sheet.cell(i, DECIDED), true, today);
        return new LeadLifecycle.OutcomeInput(kind, grade, people == null && sheet.cell(i, PEOPLE).isEmpty() ? Integer.valueOf(1) : people,
                decided, blank(sheet.cell(i, OUTCOME_NOTE)));
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The template's example rows: a lead with two people handled, and a lead closed at its disposal. */
    static List<List<Object>> example() {
        List<Object> a = new ArrayList<>(List.of("L1", 1, "第一巡察组", "LC-JY-001", "张某", "财务科科长", "正科级", "DISC_INTEGRITY",
                "反映其违规报销个人费用", "否", Source.LETTER.nameZh(), ReceiverKind.DISCIPLINE_COMMISSION.nameZh(), "", "聊巡移〔2022〕1号",
                "2022-07-15", "2022-07-16", DisposalMethod.CASE_INVESTIGATION.nameZh(), "2022-08-01", "", "2022-10-20",
                OutcomeKind.PARTY_SANCTION.nameZh(), SanctionGrade.SERIOUS_WARNING.nameZh(), 1, "2022-09-09", ""));
        List<Object> b = new ArrayList<>(java.util.Collections.nCopies(COLUMNS.size(), ""));
        b.set(0, "L1");
        b.set(COLUMNS.indexOf(OUTCOME), OutcomeKind.GOVERNMENT_SANCTION.nameZh());
        b.set(COLUMNS.indexOf(GRADE), SanctionGrade.MAJOR_DEMERIT.nameZh());
        b.set(COLUMNS.indexOf(PEOPLE), 1);
        b.set(COLUMNS.indexOf(DECIDED), "2022-09-09");
        List<Object> c = new ArrayList<>(List.of("L2", 1, "第二巡察组", "LC-WS-001", "李某", "副院长", "", "DISC_WORK", "反映其履职不力", "否",
                Source.GROUP_WORK.nameZh(), ReceiverKind.ORGANISATION_DEPT.nameZh(), "", "聊巡移〔2022〕2号", "2022-07-15", "2022-07-18",
                DisposalMethod.CLOSED.nameZh(), "2022-08-20", "经初步核实予以了结", "", "", "", "", "", ""));
        return List.of(a, b, c);
    }
}
