package org.xuncha.leadtransfer.internal.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.xuncha.leadtransfer.api.Source;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.problem.ApprovalService.PastProblem;
import org.xuncha.leadtransfer.internal.problem.ProblemService;
import org.xuncha.leadtransfer.internal.problem.Taxonomy;
import org.xuncha.platform.api.spreadsheet.ImportSheet;

/**
 * The problems template (历史问题导入模板): one row per approved problem of a past round, with the day it
 * was found and the day the leading group approved it. Read and checked row by row.
 */
final class ProblemRows {

    static final String CATEGORY = "问题类别";
    static final String DESCRIPTION = "问题描述";
    static final String TOP_LEADER = "涉及一把手";
    static final String LEADING_GROUP = "涉及班子成员";
    static final String SOURCE = "问题来源";
    static final String FOUND = "发现日期";
    static final String APPROVED = "审定日期";
    static final List<String> COLUMNS = List.of(Places.ROUND, Places.GROUP, Places.UNIT, CATEGORY, DESCRIPTION, TOP_LEADER, LEADING_GROUP,
            SOURCE, FOUND, APPROVED);
    static final List<String> REQUIRED = List.of(Places.ROUND, Places.GROUP, Places.UNIT, DESCRIPTION, APPROVED);

    private ProblemRows() {
    }

    /** The problems of the file; every row's problems are added to {@code sheet}, whose rows are skipped then. */
    static List<PastProblem> read(ImportSheet sheet, Places places, Map<String, Taxonomy.Category> taxonomy, LocalDate today,
                                  java.util.function.IntConsumer progress) {
        List<PastProblem> problems = new ArrayList<>();
        for (int i = 1; i <= sheet.size(); i++) {
            if (progress != null) {
                progress.accept(i);
            }
            if (sheet.blank(i)) {
                continue;
            }
            int row = ImportSheet.excelRow(i);
            String description = sheet.cell(i, DESCRIPTION);
            sheet.required(row, DESCRIPTION, description);
            sheet.maxLength(row, DESCRIPTION, description, ProblemService.DESCRIPTION_MAX);
            String category = category(sheet, row, sheet.cell(i, CATEGORY), taxonomy);
            Source source = sheet.choice(row, SOURCE, sheet.cell(i, SOURCE), Source.values(), Source::nameZh, false);
            LocalDate found = sheet.pastDate(row, FOUND, sheet.cell(i, FOUND), true, today);
            LocalDate approved = sheet.pastDate(row, APPROVED, sheet.cell(i, APPROVED), true, today);
            if (found != null && approved != null && approved.isBefore(found)) {
                sheet.add(row, APPROVED, "out_of_range", "审定日期不能早于发现日期", "the problem cannot be approved before it was found");
            }
            boolean topLeader = sheet.yesNo(row, TOP_LEADER, sheet.cell(i, TOP_LEADER), false);
            boolean leadingGroup = sheet.yesNo(row, LEADING_GROUP, sheet.cell(i, LEADING_GROUP), false);
            Placement at = places.place(sheet, i, found != null ? found : today);
            if (at != null && category != null && found != null && approved != null && !description.isEmpty()) {
                problems.add(new PastProblem(new ProblemService.ProblemInput(at.roundId(), at.groupId(), at.unitId(), category, description,
                        topLeader, leadingGroup, found, source == null ? Source.GROUP_WORK : source, null, null), at, approved));
            }
        }
        return problems;
    }

    /** A usable category of the taxonomy, by code or Chinese name: an approved problem is classified. */
    static String category(ImportSheet sheet, int row, String text, Map<String, Taxonomy.Category> taxonomy) {
        if (text.isEmpty()) {
            sheet.required(row, CATEGORY, text);
            return null;
        }
        for (Taxonomy.Category c : taxonomy.values()) {
            if ((c.code().equals(text) || c.nameZh().equals(text)) && Taxonomy.usable(taxonomy, c.code())) {
                return c.code();
            }
        }
        sheet.add(row, CATEGORY, "invalid", "问题类别无效或已停用：" + text, "unknown or inactive category: " + text);
        return null;
    }

    /** The template's example rows. */
    static List<List<Object>> example() {
        return List.of(
                List.of(1, "第一巡察组", "LC-JY-001", "RESPONSIBILITY", "落实全面从严治党主体责任不到位", "否", "否", Source.GROUP_WORK.nameZh(),
                        "2022-05-06", "2022-06-20"),
                List.of(1, "第一巡察组", "LC-JY-002", "RESPONSIBILITY", "违规发放津贴补贴", "是", "否", Source.INTERVIEW.nameZh(),
                        "2022-05-08", "2022-06-20"));
    }
}
