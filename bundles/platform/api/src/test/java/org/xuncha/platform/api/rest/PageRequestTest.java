package org.xuncha.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("name", "code", "id");

    @Test
    void defaultsToFirstPageOfTwentyWithTheDefaultSort() {
        PageRequest p = PageRequest.of(null, null, null, SORTABLE, "-id");
        assertThat(p.page()).isEqualTo(1);
        assertThat(p.size()).isEqualTo(20);
        assertThat(p.offset()).isZero();
        assertThat(p.orders()).containsExactly(new PageRequest.Order("id", false));
    }

    @Test
    void parsesSeveralSortKeysInOrder() {
        PageRequest p = PageRequest.of(3, 50, "name,-code", SORTABLE, "-id");
        assertThat(p.offset()).isEqualTo(100);
        assertThat(p.orders()).containsExactly(new PageRequest.Order("name", true), new PageRequest.Order("code", false));
    }

    @Test
    void refusesEverythingWrongAtOnceWithFieldErrors() {
        assertThatThrownBy(() -> PageRequest.of(0, 10_000, "password", SORTABLE, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fields()).extracting(FieldError::field).containsExactlyInAnyOrder("page", "size", "sort");
                    assertThat(e.fields()).allSatisfy(f -> {
                        assertThat(f.message()).isNotBlank();
                        assertThat(f.messageEn()).isNotBlank();
                    });
                });
    }

    private static FieldError refusedField(Integer page, Integer size, String sort) {
        try {
            PageRequest p = PageRequest.of(page, size, sort, SORTABLE, "-id");
            throw new AssertionError("accepted: " + p);
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("validation");
            assertThat(e.fields()).hasSize(1);
            return e.fields().get(0);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PageRequest.MAX_PAGE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void refusesAPageOutsideItsBounds(int page) {
        FieldError f = refusedField(page, null, null);
        assertThat(f.field()).isEqualTo("page");
        assertThat(f.code()).isEqualTo("out_of_range");
        assertThat(f.messageEn()).contains(String.valueOf(PageRequest.MAX_PAGE));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, PageRequest.MAX_SIZE + 1, Integer.MAX_VALUE})
    void refusesASizeOutsideItsBounds(int size) {
        assertThat(refusedField(null, size, null).field()).isEqualTo("size");
    }

    @Test
    void theLastPageOfTheLargestSizeStaysInsideAnInt() {
        PageRequest p = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE, null, SORTABLE, null);
        assertThat(p.offset()).isEqualTo((long) (PageRequest.MAX_PAGE - 1) * PageRequest.MAX_SIZE).isPositive();
    }

    @Test
    void readsSortKeysLenientlyAboutSpacesAndEmptyParts() {
        PageRequest p = PageRequest.of(null, null, " name , ,+code,", SORTABLE, "-id");
        assertThat(p.orders()).containsExactly(new PageRequest.Order("name", true), new PageRequest.Order("code", true));
        assertThat(PageRequest.of(null, null, "", SORTABLE, "-id").orders()).containsExactly(new PageRequest.Order("id", false));
        assertThat(PageRequest.of(null, null, null, SORTABLE, null).orders()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "--name", "name;drop table x", "p.name", "NAME", "name desc", "\u0000", "\u0000name", "name\u0000"})
    void refusesSortKeysItDoesNotKnow(String sort) {
        FieldError f = refusedField(null, null, sort);
        assertThat(f.field()).isEqualTo("sort");
        assertThat(f.message()).isNotBlank();
    }
}
