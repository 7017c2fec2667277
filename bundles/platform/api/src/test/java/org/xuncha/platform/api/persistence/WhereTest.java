package org.xuncha.platform.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupScope;

/** The where-clause builder as text and parameters: what every module's lists run. */
class WhereTest {

    private static final Caller OFFICE = new Caller(1, "office", "office", "371500", null, Set.of(), Set.of(),
            new DataScope(false, Set.of("371500"), null));
    private static final Caller MEMBER = new Caller(2, "member", "member", "371500", 30L, Set.of(), Set.of(),
            new DataScope(false, Set.of("371500"), new GroupScope(Set.of(10L), Set.of(11L), Set.of(100L))));

    private static Caller caller(DataScope scope) {
        return new Caller(7, "u", "u", "371500", null, Set.of(), Set.of(), scope);
    }

    @Test
    void anEmptyClauseIsEmpty() {
        assertThat(Where.of().sql()).isEmpty();
        assertThat(Where.of().params()).isEmpty();
    }

    @Test
    void absentValuesAddNothing() {
        Where w = Where.of().eq("p.a", "a", null).eq("p.b", "b", "").eq("p.c", "c", "  \t").atLeast("p.d", "d", null)
                .atMost("p.e", "e", " ").like("t", null, "p.x").like("u", "   ", "p.x").in("p.f", "f", null);
        assertThat(w.sql()).isEmpty();
        assertThat(w.params()).isEmpty();
        assertThat(Where.absent(null)).isTrue();
        assertThat(Where.absent(" ")).isTrue();
        assertThat(Where.absent(0L)).isFalse();
        assertThat(Where.absent(false)).isFalse();
    }

    @Test
    void joinsConditionsWithAndAndKeepsTheirParameters() {
        Where w = Where.of().eq("p.roundId", "roundId", 5L).eq("p.status", "status", " OPEN ").atLeast("p.day", "from", "2026-01-01")
                .atMost("p.day", "to", "2026-12-31");
        assertThat(w.sql()).isEqualTo(" where p.roundId = :roundId and p.status = :status and p.day >= :from and p.day <= :to");
        assertThat(w.params()).isEqualTo(Map.of("roundId", 5L, "status", "OPEN", "from", "2026-01-01", "to", "2026-12-31"));
    }

    @Test
    void anEmptyCollectionMatchesNothing() {
        assertThat(Where.of().in("p.id", "ids", List.of()).sql()).as("no literals: see Where.in").isEqualTo(" where p.id is null and p.id is not null");
        Where w = Where.of().in("p.id", "ids", List.of(1L, 2L));
        assertThat(w.sql()).isEqualTo(" where p.id in :ids");
        assertThat(w.params().get("ids")).isEqualTo(List.of(1L, 2L));
    }

    @Test
    void searchesTextLiterallyAndCaseInsensitivelyInAnyPath() {
        Where w = Where.of().like("text", "  50%_off\\ABC ", "p.title", "p.unitName");
        assertThat(w.sql()).isEqualTo(" where (lower(p.title) like :text or lower(p.unitName) like :text)");
        assertThat(w.params().get("text")).isEqualTo("%50\\%\\_off\\\\abc%");
        assertThat(Where.of().like("text", "x").sql()).as("no path, nothing to search").isEmpty();
    }

    @Test
    void lowerCasesWithoutTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(Where.of().like("t", "TITLE", "p.t").params().get("t")).isEqualTo("%title%");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void scopesToTheCallersDivisionsAndGroups() {
        assertThat(Where.scoped(caller(DataScope.everything()), "p").sql()).isEmpty();
        Where county = Where.scoped(caller(new DataScope(false, Set.of("371502"), null)), "p");
        assertThat(county.sql()).isEqualTo(" where p.divisionCode in :scopeDivisions");
        assertThat(county.params().get("scopeDivisions")).isEqualTo(Set.of("371502"));
        Where group = Where.scoped(caller(new DataScope(false, Set.of("371500"), new GroupScope(Set.of(1L), Set.of(3L, 4L), Set.of()))), "p");
        assertThat(group.sql()).isEqualTo(" where p.divisionCode in :scopeDivisions and p.groupId in :scopeGroups");
        assertThat(Where.scoped(caller(new DataScope(false, Set.of(), null)), "p").sql()).as("an empty scope sees nothing")
                .isEqualTo(" where p.divisionCode is null and p.divisionCode is not null");
        assertThat(Where.scoped(caller(new DataScope(true, Set.of(), GroupScope.NONE)), "x.div", null).sql())
                .as("no group path: division only").isEmpty();
        assertThat(Where.scoped(caller(new DataScope(true, Set.of(), GroupScope.NONE)), "x.div", "x.grp").sql())
                .isEqualTo(" where x.grp is null and x.grp is not null");
    }

    @Test
    void refusesAParameterNameUsedTwiceRatherThanBindingOneValueToBoth() {
        assertThatThrownBy(() -> Where.of().atLeast("p.day", "day", 1).atMost("p.day", "day", 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day");
        assertThatThrownBy(() -> Where.of().and("p.a = :x", "x", 1).param("x", 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByTheRequestedKeysThenTheId() {
        Map<String, String> paths = Map.of("name", "p.name", "created", "p.createdAt");
        PageRequest request = PageRequest.of(1, 20, "name,-created", paths.keySet(), null);
        assertThat(Where.orderBy(request, paths, "p.id")).isEqualTo(" order by p.name asc, p.createdAt desc, p.id desc");
        assertThat(Where.orderBy(PageRequest.first(5), paths, "p.id")).isEqualTo(" order by p.id desc");
    }

    @Test
    void refusesASortKeyWithoutAPathInsteadOfWritingNullIntoTheQuery() {
        PageRequest request = PageRequest.of(1, 20, "secret", Set.of("secret"), null);
        assertThatThrownBy(() -> Where.orderBy(request, Map.of("name", "p.name"), "p.id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
    }

    @Test
    void aGroupRoleIsLimitedToTheRoundsOfItsGroupsWhereARecordBelongsToARound() {
        assertThat(Where.scoped(MEMBER, "r.divisionCode", null, "r.id").sql())
                .isEqualTo(" where r.divisionCode in :scopeDivisions and r.id in :scopeRounds");
        assertThat(Where.scoped(MEMBER, "r.divisionCode", null, "r.id").params()).containsEntry("scopeRounds", Set.of(10L));
        assertThat(Where.scoped(MEMBER, "c.divisionCode", "c.groupId", "c.roundId").sql())
                .isEqualTo(" where c.divisionCode in :scopeDivisions and c.groupId in :scopeGroups and c.roundId in :scopeRounds");
        assertThat(Where.scoped(OFFICE, "r.divisionCode", null, "r.id").sql()).as("the office is not limited by group")
                .isEqualTo(" where r.divisionCode in :scopeDivisions");
        assertThat(Where.scoped(Caller.system("test"), "r.divisionCode", null, "r.id").sql()).isEmpty();
    }

    @Test
    void inSqlEveryNamedParameterBecomesPositionalAndACollectionOnePerElement() {
        Where w = Where.of().and("p.status = 'APPROVED'").eq("p.round_id", "round", 7L).in("p.division_code", "divisions",
                List.of("371500", "371521")).atLeast("p.found_on", "from", LocalDate.of(2025, 1, 1)).param("min", 3);
        Where.Jdbc sql = w.jdbc("select count(*) from xc_lt_problem p" + w.sql() + " having count(*) >= :min");
        assertThat(sql.sql()).isEqualTo("select count(*) from xc_lt_problem p where p.status = 'APPROVED' and p.round_id = ?"
                + " and p.division_code in (?, ?) and p.found_on >= ? having count(*) >= ?");
        assertThat(sql.values()).containsExactly(7L, "371500", "371521", LocalDate.of(2025, 1, 1), 3);
    }

    @Test
    void aParameterIsFoundOnlyOutsideStringLiteralsAndACastIsNoParameter() {
        Where w = Where.of().like("text", "50%", "p.title").param("n", 1);
        Where.Jdbc sql = w.jdbc("select ':n', p.id::text from p" + w.sql() + " and p.n = :n");
        assertThat(sql.sql()).isEqualTo("select ':n', p.id::text from p where (lower(p.title) like ?) and p.n = ?");
        assertThat(sql.values()).containsExactly("%50\\%%", 1);
    }

    @Test
    void aParameterTheClauseDoesNotHaveIsAMistakeInTheQuery() {
        assertThatThrownBy(() -> Where.of().jdbc("select 1 from p where p.id = :id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":id");
    }
}
