package org.xuncha.platform.api.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.api.security.GroupScope;

class WhereTest {

    private static final Caller OFFICE = new Caller(1, "office", "office", "371500", null, Set.of(), Set.of(),
            new DataScope(false, Set.of("371500"), null));
    private static final Caller MEMBER = new Caller(2, "member", "member", "371500", 30L, Set.of(), Set.of(),
            new DataScope(false, Set.of("371500"), new GroupScope(Set.of(10L), Set.of(11L), Set.of(100L))));

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
        assertThat(sql.sql()).isEqualTo("select ':n', p.id::text from p where (lower(p.title) like ? escape '\\') and p.n = ?");
        assertThat(sql.values()).containsExactly("%50\\%%", 1);
    }

    @Test
    void aParameterTheClauseDoesNotHaveIsAMistakeInTheQuery() {
        assertThatThrownBy(() -> Where.of().jdbc("select 1 from p where p.id = :id")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":id");
    }
}
