package org.xuncha.platform.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

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
}
