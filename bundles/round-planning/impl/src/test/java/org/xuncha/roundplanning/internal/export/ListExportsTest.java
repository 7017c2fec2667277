package org.xuncha.roundplanning.internal.export;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService.Sheet;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.Priority;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;

/** The rounds, avoidances and priorities lists as exported: the rows the page shows, Chinese headers and name, the caller's scope. */
class ListExportsTest {

    private final Testbed t = new Testbed();
    private final ListExports exports = new ListExports(t.store, t.spreadsheets, t.rounds, t.avoidances, t.priorities, t.names, t.deadlines);

    @AfterEach
    void close() {
        t.close();
    }

    private Sheet lastSheet() {
        return t.spreadsheets.last();
    }

    @Test
    void roundsAsTheListShowsThemFilteredAndInScope() {
        Term term = t.cityTerm();
        Round first = t.round(term.id(), t.today().minusDays(2)); // not entered in time: overdue
        Round second = t.round(term.id(), t.today().plusDays(60));

        Export x = exports.rounds(t.office, Round.Query.all(), null);
        assertThat(x.fileName()).isEqualTo("巡察轮次（" + t.today() + "）.xlsx");
        Sheet s = lastSheet();
        assertThat(s.header()).startsWith("轮次", "名称", "所属届", "巡察类型", "阶段", "超期");
        assertThat(s.rows()).extracting(r -> r.get(1)).as("newest first, as the list").containsExactly(second.name(), first.name());
        assertThat(s.rows().get(0)).startsWith("第2轮", second.name(), "中共聊城市第十四届委员会", "常规巡察", "准备", null);
        assertThat(s.rows().get(1).get(5)).as("the list's 超期 column").isEqualTo("超期" + t.deadlines.overdue(t.office).get(0).daysOverdue() + "天");

        exports.rounds(t.office, new Round.Query(null, null, Stage.ENTRY, null, null), null);
        assertThat(lastSheet().rows()).as("the page's stage filter").isEmpty();
        exports.rounds(t.countyOffice, Round.Query.all(), null);
        assertThat(lastSheet().rows()).as("out of the county's scope").isEmpty();
    }

    @Test
    void avoidancesWithNamesAndPrioritiesWithTheActiveFilter() {
        t.avoidances.declare(t.office, new Avoidance(null, t.member.id(), t.firm.id(), Avoidance.Kind.RELATIVE, "配偶在该单位任职", null, null));
        Export a = exports.avoidances(t.office, null);
        assertThat(a.fileName()).isEqualTo("回避申报（" + t.today() + "）.xlsx");
        assertThat(lastSheet().header()).containsExactly("申报人", "回避单位", "回避情形", "具体情况", "登记人", "登记时间");
        assertThat(lastSheet().rows()).hasSize(1);
        assertThat(lastSheet().rows().get(0)).startsWith("赵组员", "聊城市交通发展集团党委", "亲属在该单位任职", "配偶在该单位任职");
        exports.avoidances(t.countyOffice, null);
        assertThat(lastSheet().rows()).as("out of the county's scope").isEmpty();

        t.priorities.create(t.office, new Priority(null, Testbed.CITY, "乡村振兴", "市委常委会", null, null, true, null));
        t.priorities.create(t.office, new Priority(null, Testbed.CITY, "营商环境", null, null, null, false, null));
        Export p = exports.priorities(t.office, null, false);
        assertThat(p.fileName()).isEqualTo("中心工作库（" + t.today() + "）.xlsx");
        assertThat(lastSheet().header()).startsWith("中心工作", "提出会议", "会议日期", "所属区划", "状态");
        assertThat(lastSheet().rows()).extracting(r -> r.get(0)).containsExactlyInAnyOrder("乡村振兴", "营商环境");
        assertThat(lastSheet().rows()).extracting(r -> r.get(3)).containsOnly("聊城市");
        exports.priorities(t.office, null, true);
        assertThat(lastSheet().rows()).extracting(r -> r.get(0)).as("active only, as the page's checkbox").containsExactly("乡村振兴");
    }
}
