package org.xuncha.roundplanning.internal.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.xuncha.platform.api.spreadsheet.ImportSheet;
import org.xuncha.roundplanning.api.GroupRole;

/**
 * The members template's one sheet, read and checked without the database: one row per member of a
 * past round's group, the person named as the platform's person import names them (name and the code
 * of their unit), and the group's authorisation (授权) on the group's first row, repeated or left
 * empty on its other rows. Rows are numbered as Excel numbers them (the header is row 1).
 */
final class MemberSheet {

    static final String NUMBER = HistorySheet.NUMBER;
    static final String GROUP = HistorySheet.GROUP;
    static final String NAME = "姓名";
    static final String UNIT = "单位编码";
    static final String ROLE = "组内职务";
    static final String AUTH_NUMBER = "授权文号";
    static final String AUTH_DATE = "授权日期";
    static final String AUTH_SCOPE = "授权事项";
    static final List<String> COLUMNS = List.of(NUMBER, GROUP, NAME, UNIT, ROLE, AUTH_NUMBER, AUTH_DATE, AUTH_SCOPE);
    /** The cells that belong to the group, not to the row's member. */
    private static final List<String> GROUP_CELLS = List.of(AUTH_NUMBER, AUTH_DATE, AUTH_SCOPE);

    /** A member as the file names them. */
    record PastMember(int row, String name, String unitCode, GroupRole role) {
    }

    /** A past round's group as the file gives it; {@code row} is its first row; the authorisation fields are null when not given. */
    record PastGroup(int row, int round, String name, String authNumber, LocalDate authDate, String authScope, List<PastMember> members) {
    }

    /** The file's problems by row, and the platform's reading of cells; the import adds what it finds in the database. */
    final ImportSheet sheet;

    private MemberSheet(List<List<String>> rows) {
        // the round number, the person and the role: the round template (轮次名称) is refused as a wrong template
        this.sheet = ImportSheet.of(rows, COLUMNS, List.of(NUMBER, NAME, ROLE));
    }

    static MemberSheet of(List<List<String>> rows) {
        return new MemberSheet(rows);
    }

    /** The groups of the file with their members, checked on their own: one leader per group, no one twice in a round. */
    List<PastGroup> groups(LocalDate today, IntConsumer progress) {
        Map<String, PastGroup> groups = new LinkedHashMap<>();
        Map<String, Map<String, String>> firstCells = new HashMap<>();
        Map<String, Integer> seenInRound = new HashMap<>();
        for (int i = 1; i <= sheet.size(); i++) {
            if (progress != null) {
                progress.accept(i);
            }
            if (sheet.blank(i)) {
                continue;
            }
            int excel = ImportSheet.excelRow(i);
            Integer number = sheet.whole(excel, NUMBER, sheet.cell(i, NUMBER), 1, 999, true);
            String group = sheet.cell(i, GROUP);
            String name = sheet.cell(i, NAME);
            String unit = sheet.cell(i, UNIT);
            sheet.required(excel, GROUP, group);
            sheet.maxLength(excel, GROUP, group, 100);
            sheet.required(excel, NAME, name);
            sheet.required(excel, UNIT, unit);
            GroupRole role = sheet.choice(excel, ROLE, sheet.cell(i, ROLE), GroupRole.values(), GroupRole::nameZh, true);
            if (number == null || group.isEmpty()) {
                continue;
            }
            String key = number + "\u0000" + group;
            PastGroup g = groups.get(key);
            if (g == null) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String c : GROUP_CELLS) {
                    cells.put(c, sheet.cell(i, c));
                }
                firstCells.put(key, cells);
                g = group(excel, number, group, cells, today);
                groups.put(key, g);
            } else {
                sameAsFirst(i, excel, g.row(), firstCells.get(key));
            }
            if (role == GroupRole.LEADER && g.members().stream().anyMatch(m -> m.role() == GroupRole.LEADER)) {
                sheet.add(excel, ROLE, "invalid", "一个巡察组只能有一名组长", "a group has at most one leader");
            }
            if (!name.isEmpty() && !unit.isEmpty()) {
                Integer before = seenInRound.putIfAbsent(number + "\u0000" + unit + "\u0000" + name, excel);
                if (before != null) {
                    sheet.add(excel, NAME, "duplicate", "同一干部在一轮中只能参加一个巡察组（见第" + before + "行）：" + name,
                            "a person can be in only one group per round (see row " + before + "): " + name);
                }
            }
            g.members().add(new PastMember(excel, name, unit, role));
        }
        return List.copyOf(groups.values());
    }

    private PastGroup group(int excel, int number, String name, Map<String, String> cells, LocalDate today) {
        String authNumber = cells.get(AUTH_NUMBER);
        String scope = cells.get(AUTH_SCOPE);
        sheet.maxLength(excel, AUTH_NUMBER, authNumber, 100);
        sheet.maxLength(excel, AUTH_SCOPE, scope, 2000);
        LocalDate date = sheet.pastDate(excel, AUTH_DATE, cells.get(AUTH_DATE), false, today);
        if (!authNumber.isEmpty() && cells.get(AUTH_DATE).isEmpty()) {
            sheet.required(excel, AUTH_DATE, "");
        }
        if (authNumber.isEmpty() && !(cells.get(AUTH_DATE).isEmpty() && scope.isEmpty())) {
            sheet.required(excel, AUTH_NUMBER, "");
        }
        return new PastGroup(excel, number, name, authNumber.isEmpty() ? null : authNumber, date, scope.isEmpty() ? null : scope,
                new ArrayList<>());
    }

    /** A later row of a group repeats its authorisation or leaves it empty. */
    private void sameAsFirst(int i, int excel, int firstRow, Map<String, String> first) {
        for (String c : GROUP_CELLS) {
            String v = sheet.cell(i, c);
            if (!v.isEmpty() && !v.equals(first.get(c))) {
                sheet.add(excel, c, "inconsistent", "与同一巡察组第" + firstRow + "行的“" + c + "”不一致：" + v,
                        c + " differs from row " + firstRow + " of the same group: " + v);
            }
        }
    }

    /** The template's example rows: one group of round 1, its authorisation on the first row. */
    static List<List<Object>> example() {
        return List.of(
                List.of(1, "第一巡察组", "张三", "LC-JW-001", GroupRole.LEADER.nameZh(), "聊巡授〔2022〕1号", "2022-03-10", "对市教育和体育局党组开展常规巡察"),
                List.of(1, "第一巡察组", "李四", "LC-JW-001", GroupRole.DEPUTY.nameZh(), "", "", ""),
                List.of(1, "第一巡察组", "王五", "LC-JW-002", GroupRole.NONRESIDENT_DEPUTY.nameZh(), "", "", ""));
    }
}
