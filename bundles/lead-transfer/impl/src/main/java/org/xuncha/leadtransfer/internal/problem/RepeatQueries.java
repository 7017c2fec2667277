package org.xuncha.leadtransfer.internal.problem;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.xuncha.platform.api.persistence.Where;


/**
 * Repeat detection and common problems, as set-based SQL. "Earlier" means an approved problem of
 * another round of the same division whose fieldwork started before this problem's round did: what a
 * follow-up round (回头看) checks, and what makes a problem a repeat (屡查屡犯).
 */
public final class RepeatQueries {

    /** How many earlier problems at the same unit are listed at most. */
    static final int LIST_LIMIT = 50;

    /** An earlier approved problem at the same unit (metadata only). */
    public record EarlierProblem(long id, long roundId, String category, LocalDate roundStart) {
    }

    /**
     * What was found before where and in what this problem was found.
     *
     * @param problemId             the problem
     * @param sameUnit              earlier problems at the same unit, newest round first (at most 50)
     * @param sameUnitTotal         how many there are in all
     * @param sameUnitSameCategory  of which in the same category: the problem is a repeat if this is not 0
     * @param sameCategoryProblems  earlier problems of the same category anywhere in the division
     * @param sameCategoryUnits     at how many units
     */
    public record Repeats(long problemId, List<EarlierProblem> sameUnit, long sameUnitTotal, long sameUnitSameCategory,
                          long sameCategoryProblems, long sameCategoryUnits) {

        public boolean repeat() {
            return sameUnitSameCategory > 0;
        }
    }

    /** A category found at several units: a candidate common problem (共性问题). */
    public record CommonProblem(String category, long units, long problems) {
    }

    private RepeatQueries() {
    }

    static final String EARLIER = " from xc_lt_problem p where p.status = 'APPROVED' and p.division_code = ? and p.round_id <> ?"
            + " and p.round_start < ?";

    public static Repeats repeats(Connection c, long problemId, String division, long roundId, long unitId, String category,
                                  LocalDate roundStart) throws SQLException {
        List<EarlierProblem> list = new ArrayList<>();
        long total;
        long sameCategoryAtUnit;
        try (PreparedStatement ps = c.prepareStatement("select p.id, p.round_id, p.category, p.round_start" + EARLIER
                + " and p.unit_id = ? order by p.round_start desc, p.id desc")) {
            bindEarlier(ps, division, roundId, roundStart);
            ps.setLong(4, unitId);
            ps.setMaxRows(LIST_LIMIT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new EarlierProblem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate()));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select p.category, count(*)" + EARLIER + " and p.unit_id = ? group by p.category")) {
            bindEarlier(ps, division, roundId, roundStart);
            ps.setLong(4, unitId);
            total = 0;
            sameCategoryAtUnit = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total += rs.getLong(2);
                    if (category != null && category.equals(rs.getString(1))) {
                        sameCategoryAtUnit = rs.getLong(2);
                    }
                }
            }
        }
        long problems = 0;
        long units = 0;
        if (category != null) {
            try (PreparedStatement ps = c.prepareStatement("select count(*), count(distinct p.unit_id)" + EARLIER + " and p.category = ?")) {
                bindEarlier(ps, division, roundId, roundStart);
                ps.setString(4, category);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    problems = rs.getLong(1);
                    units = rs.getLong(2);
                }
            }
        }
        return new Repeats(problemId, list, total, sameCategoryAtUnit, problems, units);
    }

    private static void bindEarlier(PreparedStatement ps, String division, long roundId, LocalDate roundStart) throws SQLException {
        ps.setString(1, division);
        ps.setLong(2, roundId);
        ps.setDate(3, Date.valueOf(roundStart));
    }

    /**
     * Categories of approved problems found at {@code minUnits} or more distinct units, in a round or a
     * term, within the divisions (null: all) and groups (null: not limited) given.
     */
    public static List<CommonProblem> common(Connection c, Long termId, Long roundId, int minUnits, Collection<String> divisions,
                                             Collection<Long> groups) throws SQLException {
        Where w = Where.of().and("p.status = 'APPROVED'").and("p.category is not null").eq("p.term_id", "term", termId)
                .eq("p.round_id", "round", roundId).in("p.division_code", "divisions", divisions).in("p.group_id", "groups", groups)
                .param("minUnits", minUnits);
        List<CommonProblem> result = new ArrayList<>();
        try (PreparedStatement ps = w.prepare(c, "select p.category, count(distinct p.unit_id) u, count(*) n from xc_lt_problem p" + w.sql()
                + " group by p.category having count(distinct p.unit_id) >= :minUnits order by u desc, n desc, p.category");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                result.add(new CommonProblem(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        }
        return result;
    }
}
