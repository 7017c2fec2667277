package org.xuncha.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Page.all, the "every page" read of the exports: stops at the last page, keeps the list's order, is bounded. */
class PageAllTest {

    /** A list of {@code count} numbers 0, 1, ... paged as a service pages it; every request it was asked is kept. */
    private static final class Numbers {
        final int count;
        final List<PageRequest> asked = new ArrayList<>();

        Numbers(int count) {
            this.count = count;
        }

        Page<Integer> page(PageRequest r) {
            asked.add(r);
            int from = Math.min(count, r.offset());
            int to = Math.min(count, from + r.size());
            return new Page<>(IntStream.range(from, to).boxed().toList(), count, r.page(), r.size());
        }
    }

    @Test
    void readsEveryPageInTheListsOrderAndStopsAtTheLastOne() {
        Numbers list = new Numbers(2 * PageRequest.MAX_SIZE + 7);
        assertThat(Page.all(list::page)).containsExactlyElementsOf(IntStream.range(0, list.count).boxed().toList());
        assertThat(list.asked).extracting(PageRequest::page).as("three pages, no fourth").containsExactly(1, 2, 3);
        assertThat(list.asked).extracting(PageRequest::size).containsOnly(PageRequest.MAX_SIZE);
    }

    @Test
    void aListOfExactlyFullPagesStopsAtItsTotalWithoutAskingForAnEmptyPage() {
        Numbers list = new Numbers(2 * PageRequest.MAX_SIZE);
        assertThat(Page.all(list::page)).hasSize(list.count);
        assertThat(list.asked).extracting(PageRequest::page).containsExactly(1, 2);
        Numbers empty = new Numbers(0);
        assertThat(Page.all(empty::page)).isEmpty();
        assertThat(empty.asked).hasSize(1);
    }

    @Test
    void everyPageIsAskedInThePagesSortAndABadSortIsRefusedBeforeAnythingIsRead() {
        Numbers list = new Numbers(PageRequest.MAX_SIZE + 1);
        Page.all("-name,code", Set.of("name", "code"), "id", list::page);
        assertThat(list.asked).hasSize(2).allSatisfy(r -> assertThat(r.orders())
                .containsExactly(new PageRequest.Order("name", false), new PageRequest.Order("code", true)));
        Numbers byDefault = new Numbers(1);
        Page.all(null, Set.of("id"), "-id", byDefault::page);
        assertThat(byDefault.asked.get(0).orders()).containsExactly(new PageRequest.Order("id", false));

        Numbers refused = new Numbers(1);
        assertThatThrownBy(() -> Page.all("password", Set.of("name"), "name", refused::page))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(refused.asked).isEmpty();
    }

    @Test
    void aListThatKeepsGrowingWhileItIsReadIsReadNoFurtherThanTheLastPageARequestMayName() {
        // every page full and the total always one ahead: only the page bound stops the reader
        List<Integer> asked = new ArrayList<>();
        List<String> all = Page.all(1, List.of(), r -> {
            asked.add(r.page());
            return new Page<>(List.of("x"), (long) r.page() + 1, r.page(), r.size());
        });
        assertThat(all).hasSize(PageRequest.MAX_PAGE);
        assertThat(asked.get(asked.size() - 1)).isEqualTo(PageRequest.MAX_PAGE);
    }
}
