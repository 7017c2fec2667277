package org.xuncha.roundplanning.internal.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.roundplanning.api.Deadline;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.api.Term;
import org.xuncha.roundplanning.internal.Testbed;
import org.xuncha.roundplanning.internal.export.Export;

/** The overdue list as the console pages, filters and exports it: the items of {@code DeadlineService.overdue}, narrowed. */
class OverdueListTest {

    private final Testbed t = new Testbed();
    private final OverdueList list = new OverdueList(t.store, t.deadlines, t.spreadsheets);

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void pagedFilteredAndExportedUnderAChineseName() {
        Term term = t.cityTerm();
        Round late = t.enteredRound(term.id(), t.today().minusMonths(6));
        t.advanceTo(late.id(), Stage.FEEDBACK, t.today().minusMonths(3));
        Round planned = t.round(term.id(), t.today().minusDays(2));
        List<Deadline> all = t.deadlines.overdue(t.office);
        assertThat(all).hasSize(4); // the feedback stage, two reports, the preparation

        Page<Deadline> first = list.page(t.office, null, new PageRequest(1, 3, List.of()));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(list.page(t.office, null, new PageRequest(2, 3, List.of())).items()).containsExactly(all.get(3));
        assertThat(list.page(t.office, null, new PageRequest(3, 3, List.of())).items()).isEmpty();

        var reports = new OverdueList.Filter(Deadline.Kind.RECTIFICATION_REPORT, null, null);
        assertThat(list.page(t.office, reports, PageRequest.first(20)).items()).extracting(Deadline::unitName)
                .containsExactlyInAnyOrder("聊城市教育和体育局党组", "聊城第一中学党委");
        assertThat(list.page(t.office, new OverdueList.Filter(null, Stage.PREPARATION, null), PageRequest.first(20)).items())
                .extracting(Deadline::roundId).containsExactly(planned.id());
        assertThat(list.page(t.office, new OverdueList.Filter(null, null, " 第一中学 "), PageRequest.first(20)).total()).isEqualTo(1);
        assertThat(list.page(t.countyOffice, null, PageRequest.first(20)).total()).as("out of scope").isZero();

        Export x = list.export(t.office, reports);
        assertThat(x.fileName()).isEqualTo("超期事项（" + t.today() + "）.xlsx");
        assertThat(t.spreadsheets.last().rows()).hasSize(2);
    }
}
