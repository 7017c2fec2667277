package org.xuncha.roundplanning.internal.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
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
    static final List<String> COLUMNS = List.of(NUMBER, NAME, TYPE, APPROVED, ENTRY, END, FEEDBACK, STAGE, GROUP, UNIT);
    /** The cells that belong to the round, not to the row's unit: the same on every row of a round. */
    private static final List<String> ROUND_CELLS = List.of(NAME, TYPE, APPROVED, ENTRY, END, FEEDBACK, STAGE);

    /** One unit a past round inspected, with the group that went there. */
    record PastTarget(int row, String group, String unitCode) {
    }

    /** A past round as the file gives it; {@code row} is its first row. */
    record PastRound(int row, int number, String name, RoundType type, LocalDate approved, LocalDate entry, LocalDate end,
                     LocalDate feedback, Stage stage, List<PastTarget> targets) {
    }

    private final List<String> header;
    private final Map<Integer, List<FieldError>> errors = new TreeMap<>();

    private HistorySheet(List<String> header) {
        this.header = header;
    }

    /** The rows as read (header first); a header without the round number and name columns is no history sheet. */
    static HistorySheet of(List<List<String>> rows) {
        if (rows.isEmpty() || !rows.get(0).containsAll(COLUMNS.subList(0, 2))) {
            throw ApiException.badRequest("bad_template", "表头不符合历史数据导入模板，应为：" + String.join("、", COLUMNS),
                    "The header row does not match the history template: " + String.join(", ", COLUMNS));
        }
        return new HistorySheet(rows.get(0).stream().map(c -> c == null ? "" : c.trim()).toList());
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
            round.targets().add(new PastTarget(excel, group, unit));
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
        if (text.isEmpty()) {
            add(excel, NUMBER, "required", "请填写轮次序号", "round number is required");
            return null;
        }
        try {
            int n = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            if (n >= 1 && n <= 999) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        add(excel, NUMBER, "invalid", "轮次序号应为1至999的整数：" + text, "round number must be a whole number from 1 to 999: " + text);
        return null;
    }

    /** An enum by its Chinese name (as the template shows it) or its constant. */
    private <E extends Enum<E>> E choice(int excel, String column, String text, E[] values, boolean needed) {
        if (text.isEmpty()) {
            if (needed) {
                add(excel, column, "required", "请填写" + column, column + " is required");
            }
            return null;
        }
        for (E e : values) {
            if (text.equals(zh(e)) || text.toUpperCase(Locale.ROOT).equals(e.name())) {
                return e;
            }
        }
        List<String> names = java.util.Arrays.stream(values).map(HistorySheet::zh).toList();
        add(excel, column, "invalid", column + "应为：" + String.join("、", names), column + " must be one of: " + String.join(", ", names));
        return null;
    }

    private static String zh(Enum<?> e) {
        return e instanceof RoundType t ? t.nameZh() : ((Stage) e).nameZh();
    }

    /** A day as 2023-04-06, 2023/4/6 or 2023.4.6; a past round's days are not in the future. */
    private LocalDate date(int excel, String column, String text, boolean needed, LocalDate today) {
        if (text.isEmpty()) {
            if (needed) {
                add(excel, column, "required", "请填写" + column, column + " is required");
            }
            return null;
        }
        String[] parts = text.split("[-/.]");
        try {
            if (parts.length == 3) {
                LocalDate d = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2].split("[ T]")[0]));
                if (d.isAfter(today)) {
                    add(excel, column, "out_of_range", column + "不能晚于今天", column + " cannot be after today");
                }
                return d;
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // reported below
        }
        add(excel, column, "invalid", column + "应为日期，如2023-04-06：" + text, column + " must be a date such as 2023-04-06: " + text);
        return null;
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
        errors.computeIfAbsent(excel, k -> new ArrayList<>()).add(new FieldError(column, code, zh, en));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    List<ImportReport.RowError> errors() {
        return errors.entrySet().stream().map(e -> new ImportReport.RowError(e.getKey(), e.getValue())).toList();
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
                Stage.ARCHIVE.nameZh(), "第一巡察组", "LC-JY-001");
        List<Object> second = List.of(1, "", "", "", "", "", "", "", "第一巡察组", "LC-JY-002");
        List<Object> third = List.of(1, "", "", "", "", "", "", "", "第二巡察组", "LC-WS-001");
        return List.of(first, second, third);
    }
}
