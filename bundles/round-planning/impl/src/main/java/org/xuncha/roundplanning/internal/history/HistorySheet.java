package org.xuncha.roundplanning.internal.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.spreadsheet.ImportSheet;
import org.xuncha.roundplanning.api.RoundType;
import org.xuncha.roundplanning.api.Stage;

/**
 * The history template's one sheet, read and checked without the database: one row per inspected
 * unit, the round's own cells (name, type, dates, stage) repeated on its rows or left empty after the
 * first. Rows are numbered as Excel numbers them (the header is row 1), every problem is named by row
 * and column.
 */
final class HistorySheet {

    static final String NUMBER = "轮次序号";
    static final String NAME = "轮次名称";
    static final String TYPE = "巡察类型";
    static final String APPROVED = "方案批准日期";
    static final String ENTRY = "进驻日期";
    static final String END = "撤离日期";
    static final String FEEDBACK = "反馈日期";
    static final String STAGE = "当前阶段";
    static final String GROUP = "巡察组";
    static final String UNIT = "被巡察单位编码";
    /** The day the unit's rectification report arrived (the two-month report after feedback); optional, a column added later. */
    static final String REPORT = "整改报告日期";
    static final List<String> COLUMNS = List.of(NUMBER, NAME, TYPE, APPROVED, ENTRY, END, FEEDBACK, STAGE, GROUP, UNIT, REPORT);
    /** The cells that belong to the round, not to the row's unit: the same on every row of a round. */
    private static final List<String> ROUND_CELLS = List.of(NAME, TYPE, APPROVED, ENTRY, END, FEEDBACK, STAGE);

    /** One unit a past round inspected, with the group that went there and the day its rectification report arrived (or null). */
    record PastTarget(int row, String group, String unitCode, LocalDate reported) {
    }

    /** A past round as the file gives it; {@code row} is its first row. */
    record PastRound(int row, int number, String name, RoundType type, LocalDate approved, LocalDate entry, LocalDate end,
                     LocalDate feedback, Stage stage, List<PastTarget> targets) {
    }

    private final List<String> header;
    /** The file's problems by row, and the platform's reading of cells (numbers, dates, choices). */
    private final ImportSheet sheet;

    private HistorySheet(List<List<String>> rows) {
        this.sheet = ImportSheet.of(rows, COLUMNS, COLUMNS.subList(0, 2));
        this.header = rows.get(0).stream().map(c -> c == null ? "" : c.trim()).toList();
    }

    /** The rows as read (header first); a header without the round number and name columns is no history sheet. */
    static HistorySheet of(List<List<String>> rows) {
        return new HistorySheet(rows);
    }

    /**
     * The rounds of the file, checked on their own and against the term's dates and today.
     *
     * @param progress told the rows read so far, may be null
     */
    List<PastRound> rounds(List<List<String>> rows, LocalDate termStart, LocalDate termEnd, LocalDate today, IntConsumer progress) {
        Map<Integer, PastRound> rounds = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> firstCells = new TreeMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (progress != null) {
                progress.accept(r);
            }
            if (row.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            int excel = r + 1;
            Integer number = number(excel, cell(row, NUMBER));
            String group = cell(row, GROUP);
            String unit = cell(row, UNIT);
            required(excel, GROUP, group, "巡察组名称", "group name");
            required(excel, UNIT, unit, "被巡察单位编码", "unit code");
            if (group.length() > 100) {
                add(excel, GROUP, "too_long", "巡察组名称不能超过100字", "the group name must not exceed 100 characters");
            }
            if (number == null) {
                continue;
            }
            PastRound round = rounds.get(number);
            if (round == null) {
                Map<String, String> cells = new LinkedHashMap<>();
                ROUND_CELLS.forEach(c -> cells.put(c, cell(row, c)));
                firstCells.put(number, cells);
                round = round(excel, number, cells, termStart, termEnd, today);
                rounds.put(number, round);
            } else {
                sameAsFirst(excel, row, round.row(), firstCells.get(number));
            }
            if (!unit.isEmpty() && round.targets().stream().anyMatch(t -> t.unitCode().equals(unit))) {
                add(excel, UNIT, "duplicate", "同一轮次中被巡察单位重复：" + unit, "unit listed twice in the same round: " + unit);
            }
            round.targets().add(new PastTarget(excel, group, unit, reported(excel, cell(row, REPORT), round, today)));
        }
        return List.copyOf(rounds.values());
    }

    private PastRound round(int excel, int number, Map<String, String> cells, LocalDate termStart, LocalDate termEnd, LocalDate today) {
        String name = cells.get(NAME);
        if (name.length() > 200) {
            add(excel, NAME, "too_long", "轮次名称不能超过200字", "the round name must not exceed 200 characters");
        }
        RoundType type = choice(excel, TYPE, cells.get(TYPE), RoundType.values(), true);
        LocalDate approved = date(excel, APPROVED, cells.get(APPROVED), true, today);
        LocalDate entry = date(excel, ENTRY, cells.get(ENTRY), true, today);
        LocalDate end = date(excel, END, cells.get(END), false, today);
        LocalDate feedback = date(excel, FEEDBACK, cells.get(FEEDBACK), false, today);
        Stage stage = choice(excel, STAGE, cells.get(STAGE), Stage.values(), false);
        if (entry != null && (entry.isBefore(termStart) || entry.isAfter(termEnd))) {
            add(excel, ENTRY, "out_of_range", "进驻日期应在本届任期内（" + termStart + " 至 " + termEnd + "）",
                    "the entry date must fall within the term (" + termStart + " to " + termEnd + ")");
        }
        order(excel, APPROVED, approved, ENTRY, entry, "方案批准日期不能晚于进驻日期", "the plan cannot be approved after the entry");
        order(excel, ENTRY, entry, END, end, "撤离日期不能早于进驻日期", "the end of fieldwork cannot be before the entry");
        order(excel, END, end != null ? end : entry, FEEDBACK, feedback, "反馈日期不能早于撤离日期", "feedback cannot be before the end of fieldwork");
        if (stage == null && cells.get(STAGE).isEmpty()) {
            stage = feedback != null ? Stage.ARCHIVE : end != null ? Stage.REPORT : Stage.FIELDWORK;
        } else if (stage == Stage.PREPARATION) {
            add(excel, STAGE, "invalid", "历史轮次应已进驻，当前阶段不能是“准备”", "a past round has entered; its stage cannot be preparation");
        } else if (stage != null && stage.ordinal() >= Stage.REPORT.ordinal() && end == null) {
            add(excel, END, "required", "当前阶段为“" + stage.nameZh() + "”时须填写撤离日期", "the end of fieldwork is required from stage report on");
        } else if (stage != null && stage.ordinal() >= Stage.FEEDBACK.ordinal() && feedback == null) {
            add(excel, FEEDBACK, "required", "当前阶段为“" + stage.nameZh() + "”时须填写反馈日期", "the feedback date is required from stage feedback on");
        }
        return new PastRound(excel, number, name, type, approved, entry, end, feedback, stage, new ArrayList<>());
    }

    /** A rectification report comes after feedback: only for a round that reached it, not before its day. */
    private LocalDate reported(int excel, String text, PastRound round, LocalDate today) {
        LocalDate day = date(excel, REPORT, text, false, today);
        if (day == null) {
            return null;
        }
        if (round.stage() != null && round.stage().ordinal() < Stage.FEEDBACK.ordinal()) {
            add(excel, REPORT, "invalid", "本轮尚未反馈，不能有整改报告日期", "the round has had no feedback; there is no rectification report yet");
        } else if (round.feedback() != null && day.isBefore(round.feedback())) {
            add(excel, REPORT, "out_of_range", "整改报告日期不能早于反馈日期 " + round.feedback(),
                    "the rectification report cannot be before feedback (" + round.feedback() + ")");
        }
        return day;
    }

    /** A later row of a round repeats its round cells or leaves them empty. */
    private void sameAsFirst(int excel, List<String> row, int firstRow, Map<String, String> first) {
        for (String c : ROUND_CELLS) {
            String v = cell(row, c);
            if (!v.isEmpty() && !v.equals(first.get(c))) {
                add(excel, c, "inconsistent", "与同一轮次第" + firstRow + "行的“" + c + "”不一致：" + v,
                        c + " differs from row " + firstRow + " of the same round: " + v);
            }
        }
    }

    private Integer number(int excel, String text) {
        return sheet.whole(excel, NUMBER, text, 1, 999, true);
    }

    /** An enum by its Chinese name (as the template shows it) or its constant. */
    private <E extends Enum<E>> E choice(int excel, String column, String text, E[] values, boolean needed) {
        return sheet.choice(excel, column, text, values, HistorySheet::zh, needed);
    }

    private static String zh(Enum<?> e) {
        return e instanceof RoundType t ? t.nameZh() : ((Stage) e).nameZh();
    }

    /** A day as 2023-04-06, 2023/4/6 or 2023.4.6; a past round's days are not in the future. */
    private LocalDate date(int excel, String column, String text, boolean needed, LocalDate today) {
        return sheet.pastDate(excel, column, text, needed, today);
    }

    private void order(int excel, String earlierColumn, LocalDate earlier, String laterColumn, LocalDate later, String zh, String en) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            add(excel, Objects.requireNonNull(laterColumn), "out_of_range", zh, en);
        }
    }

    private void required(int excel, String column, String value, String zh, String en) {
        if (value.isEmpty()) {
            add(excel, column, "required", "请填写" + zh, en + " is required");
        }
    }

    String cell(List<String> row, String column) {
        int i = header.indexOf(column);
        return i < 0 || i >= row.size() || row.get(i) == null ? "" : row.get(i).trim();
    }

    void add(int excel, String column, String code, String zh, String en) {
        sheet.add(excel, column, code, zh, en);
    }

    boolean ok() {
        return sheet.ok();
    }

    List<ImportReport.RowError> errors() {
        return sheet.errors();
    }

    /** Codes the file names, for looking them up at once. */
    static Set<String> unitCodes(List<PastRound> rounds) {
        Set<String> codes = new java.util.TreeSet<>();
        rounds.forEach(r -> r.targets().forEach(t -> {
            if (!t.unitCode().isEmpty()) {
                codes.add(t.unitCode());
            }
        }));
        return codes;
    }

    /** The template's example rows: one round, two groups, three units. */
    static List<List<Object>> example() {
        List<Object> first = List.of(1, "", RoundType.REGULAR.nameZh(), "2022-03-01", "2022-03-15", "2022-05-10", "2022-07-05",
                Stage.ARCHIVE.nameZh(), "第一巡察组", "LC-JY-001", "2022-09-02");
        List<Object> second = List.of(1, "", "", "", "", "", "", "", "第一巡察组", "LC-JY-002", "2022-09-05");
        List<Object> third = List.of(1, "", "", "", "", "", "", "", "第二巡察组", "LC-WS-001", "");
        return List.of(first, second, third);
    }
}
