package org.xuncha.leadtransfer.internal.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportSheet;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;
import org.xuncha.roundplanning.api.TermRef;

/**
 * Where the rows of a history file belong: a past round of the term by its number, one of its groups
 * by name, and one of that group's targets by unit code, as round planning holds them (the term's
 * past rounds are imported there first). What cannot be placed is named at its row.
 */
final class Places {

    static final String ROUND = "轮次序号";
    static final String GROUP = "巡察组";
    static final String UNIT = "被巡察单位编码";

    private final Caller caller;
    private final TermRef term;
    private final Map<Integer, RoundRef> rounds = new HashMap<>();
    private final Map<Long, List<GroupRef>> groups = new HashMap<>();
    private final Map<String, Long> units;
    private final RoundDirectory directory;

    Places(Caller caller, TermRef term, RoundDirectory directory, Map<String, Long> units) {
        this.caller = caller;
        this.term = term;
        this.directory = directory;
        this.units = units;
        directory.roundsOfTerm(term.id()).forEach(r -> rounds.put(r.number(), r));
    }

    /** The unit codes the file names under {@link #UNIT}, for looking them up at once. */
    static Set<String> unitCodes(ImportSheet sheet) {
        Set<String> codes = new java.util.TreeSet<>();
        for (int i = 1; i <= sheet.size(); i++) {
            if (!sheet.cell(i, UNIT).isEmpty()) {
                codes.add(sheet.cell(i, UNIT));
            }
        }
        return codes;
    }

    /**
     * The placement row {@code i} names, or null (each cell that is wrong reported).
     *
     * @param fallback the day the round's start stands for when round planning has no fieldwork dates
     */
    Placement place(ImportSheet sheet, int i, LocalDate fallback) {
        int row = ImportSheet.excelRow(i);
        Integer number = sheet.whole(row, ROUND, sheet.cell(i, ROUND), 1, 999, true);
        String groupName = sheet.cell(i, GROUP);
        String code = sheet.cell(i, UNIT);
        sheet.required(row, GROUP, groupName);
        sheet.required(row, UNIT, code);
        Long unitId = units.get(code);
        if (!code.isEmpty() && unitId == null) {
            sheet.add(row, UNIT, "not_found", "被巡察单位不存在：" + code, "unit not found: " + code);
        }
        RoundRef round = number == null ? null : rounds.get(number);
        if (number != null && round == null) {
            sheet.add(row, ROUND, "not_found", term.name() + "没有第" + number + "轮巡察（请先在巡察规划中导入历史轮次）",
                    "the term has no round " + number + " (import the past rounds in round planning first)");
        }
        if (round == null || groupName.isEmpty()) {
            return null;
        }
        GroupRef group = groups.computeIfAbsent(round.id(), directory::groupsOfRound).stream().filter(g -> g.name().equals(groupName))
                .findFirst().orElse(null);
        if (group == null) {
            sheet.add(row, GROUP, "not_found", "第" + number + "轮巡察没有“" + groupName + "”", "round " + number + " has no group " + groupName);
            return null;
        }
        if (!caller.scope().coversRound(round.id()) || !caller.scope().coversGroup(group.id())) {
            sheet.add(row, GROUP, "out_of_scope", "该巡察组不在您的数据范围内", "the group is outside your scope");
            return null;
        }
        if (unitId == null) {
            return null;
        }
        if (!group.targetUnitIds().contains(unitId)) {
            sheet.add(row, UNIT, "invalid", "该单位不是" + groupName + "的巡察对象：" + code, "the unit is not a target of " + groupName + ": " + code);
            return null;
        }
        return new Placement(round.divisionCode(), term.id(), round.id(), group.id(), unitId,
                round.fieldStart() != null ? round.fieldStart() : fallback);
    }
}
