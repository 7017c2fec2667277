package org.xuncha.leadtransfer.internal.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.testkit.TestDatabase;

/** Repeat detection for follow-up rounds (回头看) and common problems (共性问题), on the module's schema. */
class RepeatQueriesTest {

    static final String CITY = "371500";
    static final LocalDate ROUND1 = LocalDate.of(2023, 3, 1);
    static final LocalDate ROUND2 = LocalDate.of(2023, 9, 1);
    static final LocalDate ROUND3 = LocalDate.of(2024, 3, 1);

    private TestDatabase db;
    private Connection c;
    private long nextId = 1;

    @BeforeEach
    void setUp() throws Exception {
        db = TestDatabase.migrated(Store.CHANGELOG);
        c = db.connection();
    }

    @AfterEach
    void tearDown() throws Exception {
        c.close();
        db.close();
    }

    private long problem(long round, LocalDate start, long group, long unit, String category, String status, String division) throws Exception {
        long id = nextId++;
        try (PreparedStatement ps = c.prepareStatement("insert into xc_lt_problem (id, division_code, term_id, round_id, group_id, unit_id,"
                + " round_start, category, description, top_leader, leading_group, source, status, found_on, created_by, created_at,"
                + " updated_at, version) values (?,?,1,?,?,?,?,?,'x',false,false,'GROUP_WORK',?,?,'t',?,?,1)")) {
            ps.setLong(1, id);
            ps.setString(2, division);
            ps.setLong(3, round);
            ps.setLong(4, group);
            ps.setLong(5, unit);
            ps.setDate(6, Date.valueOf(start));
            ps.setString(7, category);
            ps.setString(8, status);
            ps.setDate(9, Date.valueOf(start));
            ps.setTimestamp(10, new Timestamp(0));
            ps.setTimestamp(11, new Timestamp(0));
            ps.executeUpdate();
        }
        return id;
    }

    @Test
    void aFollowUpRoundSeesWhatEarlierRoundsFoundAtTheSameUnit() throws Exception {
        long earlierSame = problem(1, ROUND1, 11, 100, "CADRES", "APPROVED", CITY);
        long earlierOther = problem(2, ROUND2, 21, 100, "FINANCE", "APPROVED", CITY);
        problem(2, ROUND2, 21, 100, "CADRES", "DRAFT", CITY);          // never approved: not a finding
        problem(1, ROUND1, 12, 200, "CADRES", "APPROVED", CITY);        // same category, other unit
        problem(1, ROUND1, 12, 300, "CADRES", "APPROVED", CITY);
        problem(3, ROUND3, 31, 100, "CADRES", "APPROVED", CITY);        // the same round: not earlier
        problem(4, LocalDate.of(2025, 1, 1), 41, 100, "CADRES", "APPROVED", CITY); // a later round
        problem(1, ROUND1, 13, 100, "CADRES", "APPROVED", "371521");     // another division's committee
        long now = problem(3, ROUND3, 31, 100, "CADRES", "DRAFT", CITY);

        RepeatQueries.Repeats r = RepeatQueries.repeats(c, now, CITY, 3, 100, "CADRES", ROUND3);

        assertThat(r.sameUnit()).extracting(RepeatQueries.EarlierProblem::id).containsExactly(earlierOther, earlierSame);
        assertThat(r.sameUnitTotal()).isEqualTo(2);
        assertThat(r.sameUnitSameCategory()).isEqualTo(1);
        assertThat(r.repeat()).isTrue();
        assertThat(r.sameCategoryProblems()).isEqualTo(3);
        assertThat(r.sameCategoryUnits()).isEqualTo(3);
    }

    @Test
    void aFirstFindingIsNoRepeat() throws Exception {
        problem(1, ROUND1, 11, 100, "FINANCE", "APPROVED", CITY);
        long now = problem(2, ROUND2, 21, 100, "CADRES", "DRAFT", CITY);
        RepeatQueries.Repeats r = RepeatQueries.repeats(c, now, CITY, 2, 100, "CADRES", ROUND2);
        assertThat(r.repeat()).isFalse();
        assertThat(r.sameUnitTotal()).isEqualTo(1);
        assertThat(r.sameCategoryProblems()).isZero();
        RepeatQueries.Repeats unclassified = RepeatQueries.repeats(c, now, CITY, 2, 100, null, ROUND2);
        assertThat(unclassified.repeat()).isFalse();
        assertThat(unclassified.sameCategoryUnits()).isZero();
    }

    @Test
    void commonProblemsAreCategoriesFoundAtEnoughUnits() throws Exception {
        for (long unit = 1; unit <= 4; unit++) {
            problem(2, ROUND2, unit <= 2 ? 21 : 22, unit, "MAJOR_DECISIONS", "APPROVED", CITY);
        }
        problem(2, ROUND2, 21, 1, "MAJOR_DECISIONS", "APPROVED", CITY); // a second problem at unit 1
        problem(2, ROUND2, 21, 1, "FINANCE", "APPROVED", CITY);
        problem(2, ROUND2, 22, 3, "FINANCE", "APPROVED", CITY);
        problem(2, ROUND2, 22, 4, "FINANCE", "SUBMITTED", CITY);          // not approved
        problem(1, ROUND1, 11, 5, "FINANCE", "APPROVED", CITY);           // another round

        assertThat(RepeatQueries.common(c, null, 2L, 2, null, null)).containsExactly(
                new RepeatQueries.CommonProblem("MAJOR_DECISIONS", 4, 5), new RepeatQueries.CommonProblem("FINANCE", 2, 2));
        assertThat(RepeatQueries.common(c, null, 2L, 3, null, null)).extracting(RepeatQueries.CommonProblem::category)
                .containsExactly("MAJOR_DECISIONS");
        assertThat(RepeatQueries.common(c, 1L, null, 3, List.of(CITY), null)).extracting(RepeatQueries.CommonProblem::units)
                .containsExactly(4L, 3L);
        // a group member counts only what their own group found
        assertThat(RepeatQueries.common(c, null, 2L, 2, List.of(CITY), Set.of(22L))).containsExactly(
                new RepeatQueries.CommonProblem("MAJOR_DECISIONS", 2, 2));
        assertThat(RepeatQueries.common(c, null, 2L, 2, List.of("371521"), null)).isEmpty();
    }
}
