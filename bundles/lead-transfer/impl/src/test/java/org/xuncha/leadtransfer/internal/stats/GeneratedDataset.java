package org.xuncha.leadtransfer.internal.stats;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.xuncha.leadtransfer.internal.lead.DisposalMethod;
import org.xuncha.leadtransfer.internal.lead.LeadStatus;
import org.xuncha.leadtransfer.internal.lead.OutcomeKind;
import org.xuncha.leadtransfer.internal.lead.ReceiverKind;
import org.xuncha.leadtransfer.internal.lead.SanctionGrade;
import org.xuncha.leadtransfer.internal.problem.ProblemStatus;

/**
 * A random but reproducible body of records (two divisions, two terms, eight rounds) kept in Java
 * lists as well as written to the database, so a test can count the figures itself.
 */
final class GeneratedDataset {

    static final String CITY = "371500";
    static final String COUNTY = "371521";
    static final String[] CATEGORIES = {"POLITICAL", "CADRES", "CONDUCT_FORMALISM", "DISC_INTEGRITY", "MAJOR_DECISIONS", "FINANCE", "MASSES"};

    record Problem(long id, String division, long term, long round, long group, long unit, String category, ProblemStatus status,
                   boolean topLeader, LocalDate foundOn) {
    }

    record Lead(long id, String division, long term, long round, long group, long unit, String category, boolean topLeader,
                LeadStatus status, ReceiverKind receiver, LocalDate transferredOn, LocalDate feedbackDue) {
    }

    record Disposal(long leadId, DisposalMethod method) {
    }

    record Outcome(long leadId, OutcomeKind kind, SanctionGrade grade, int people, LocalDate decidedOn) {
    }

    record Surrender(String division, long term, long round, Long unit, LocalDate on) {
    }

    final List<Problem> problems = new ArrayList<>();
    final List<Lead> leads = new ArrayList<>();
    final List<Disposal> disposals = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<Surrender> surrenders = new ArrayList<>();

    GeneratedDataset(long seed, int problemCount, int leadCount, int surrenderCount) {
        Random r = new Random(seed);
        long id = 1;
        for (int i = 0; i < problemCount; i++) {
            long round = 1 + r.nextInt(8);
            problems.add(new Problem(id++, division(round), term(round), round, group(r, round), unit(r, round),
                    r.nextInt(20) == 0 ? null : CATEGORIES[r.nextInt(CATEGORIES.length)],
                    ProblemStatus.values()[r.nextInt(10) < 6 ? 3 : r.nextInt(5)], r.nextInt(8) == 0, date(r)));
        }
        for (int i = 0; i < leadCount; i++) {
            long round = 1 + r.nextInt(8);
            long leadId = id++;
            boolean transferred = r.nextInt(6) != 0;
            LeadStatus status = transferred ? LeadStatus.values()[1 + r.nextInt(4)] : LeadStatus.REGISTERED;
            LocalDate on = transferred ? date(r) : null;
            leads.add(new Lead(leadId, division(round), term(round), round, group(r, round), unit(r, round),
                    r.nextInt(10) == 0 ? null : CATEGORIES[r.nextInt(CATEGORIES.length)], r.nextInt(5) == 0, status,
                    transferred ? ReceiverKind.values()[r.nextInt(3)] : null, on, on == null ? null : on.plusMonths(3)));
            if (status == LeadStatus.DISPOSING || status == LeadStatus.CONCLUDED) {
                boolean caseOpened = r.nextInt(3) == 0;
                disposals.add(new Disposal(leadId, caseOpened ? DisposalMethod.PRELIMINARY_VERIFICATION : DisposalMethod.TALK_INQUIRY));
                if (caseOpened) {
                    disposals.add(new Disposal(leadId, DisposalMethod.CASE_INVESTIGATION));
                }
                int n = r.nextInt(4);
                for (int k = 0; k < n; k++) {
                    OutcomeKind kind = caseOpened ? OutcomeKind.values()[r.nextInt(5)] : OutcomeKind.ORGANISATIONAL_HANDLING;
                    SanctionGrade grade = switch (kind) {
                        case PARTY_SANCTION -> SanctionGrade.values()[r.nextInt(5)];
                        case GOVERNMENT_SANCTION -> r.nextBoolean() ? SanctionGrade.values()[5 + r.nextInt(6)] : null;
                        default -> null;
                    };
                    outcomes.add(new Outcome(leadId, kind, grade, 1 + r.nextInt(4), on.plusDays(r.nextInt(400))));
                }
            }
        }
        for (int i = 0; i < surrenderCount; i++) {
            long round = 1 + r.nextInt(8);
            surrenders.add(new Surrender(division(round), term(round), round, r.nextInt(4) == 0 ? null : unit(r, round), date(r)));
        }
    }

    /** Rounds 1-5 are the city's (term 1), 6-8 the county's (term 2). */
    static String division(long round) {
        return round <= 5 ? CITY : COUNTY;
    }

    static long term(long round) {
        return round <= 5 ? 1 : 2;
    }

    private static long group(Random r, long round) {
        return round * 10 + 1 + r.nextInt(3);
    }

    private static long unit(Random r, long round) {
        return round <= 5 ? 1 + r.nextInt(30) : 100 + r.nextInt(15);
    }

    private static LocalDate date(Random r) {
        return LocalDate.of(2023, 1, 1).plusDays(r.nextInt(3 * 365));
    }

    void write(Connection c) throws SQLException {
        Timestamp now = new Timestamp(0);
        try (PreparedStatement ps = c.prepareStatement("insert into xc_lt_problem (id, division_code, term_id, round_id, group_id, unit_id,"
                + " round_start, category, description, top_leader, leading_group, source, status, found_on, created_by, created_at,"
                + " updated_at, version) values (?,?,?,?,?,?,?,?,'sm4gcm:k1:x',?,false,'GROUP_WORK',?,?,'gen',?,?,1)")) {
            for (Problem p : problems) {
                ps.setLong(1, p.id());
                ps.setString(2, p.division());
                ps.setLong(3, p.term());
                ps.setLong(4, p.round());
                ps.setLong(5, p.group());
                ps.setLong(6, p.unit());
                ps.setDate(7, Date.valueOf(LocalDate.of(2022, 1, 1).plusMonths(p.round())));
                ps.setString(8, p.category());
                ps.setBoolean(9, p.topLeader());
                ps.setString(10, p.status().name());
                ps.setDate(11, Date.valueOf(p.foundOn()));
                ps.setTimestamp(12, now);
                ps.setTimestamp(13, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into xc_lt_lead (id, division_code, term_id, round_id, group_id, unit_id,"
                + " person_name, category, top_leader, source, status, receiver_kind, transferred_on, feedback_due, created_by, created_at,"
                + " updated_at, version) values (?,?,?,?,?,?,'sm4gcm:k1:x',?,?,'GROUP_WORK',?,?,?,?,'gen',?,?,1)")) {
            for (Lead l : leads) {
                ps.setLong(1, l.id());
                ps.setString(2, l.division());
                ps.setLong(3, l.term());
                ps.setLong(4, l.round());
                ps.setLong(5, l.group());
                ps.setLong(6, l.unit());
                ps.setString(7, l.category());
                ps.setBoolean(8, l.topLeader());
                ps.setString(9, l.status().name());
                ps.setString(10, l.receiver() == null ? null : l.receiver().name());
                ps.setDate(11, l.transferredOn() == null ? null : Date.valueOf(l.transferredOn()));
                ps.setDate(12, l.feedbackDue() == null ? null : Date.valueOf(l.feedbackDue()));
                ps.setTimestamp(13, now);
                ps.setTimestamp(14, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        long id = 1_000_000;
        try (PreparedStatement ps = c.prepareStatement("insert into xc_lt_disposal (id, lead_id, method, reported_on, reported_by, reported_at)"
                + " values (?,?,?,DATE '2025-01-01','gen',?)")) {
            for (Disposal d : disposals) {
                ps.setLong(1, id++);
                ps.setLong(2, d.leadId());
                ps.setString(3, d.method().name());
                ps.setTimestamp(4, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into xc_lt_outcome (id, lead_id, kind, grade, people, decided_on, reported_by,"
                + " reported_at) values (?,?,?,?,?,?,'gen',?)")) {
            for (Outcome o : outcomes) {
                ps.setLong(1, id++);
                ps.setLong(2, o.leadId());
                ps.setString(3, o.kind().name());
                ps.setString(4, o.grade() == null ? null : o.grade().name());
                ps.setInt(5, o.people());
                ps.setDate(6, Date.valueOf(o.decidedOn()));
                ps.setTimestamp(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into xc_lt_surrender (id, division_code, term_id, round_id, unit_id, person_name,"
                + " surrendered_on, received_by, created_by, created_at) values (?,?,?,?,?,'sm4gcm:k1:x',?,'纪委监委','gen',?)")) {
            for (Surrender s : surrenders) {
                ps.setLong(1, id++);
                ps.setString(2, s.division());
                ps.setLong(3, s.term());
                ps.setLong(4, s.round());
                ps.setObject(5, s.unit());
                ps.setDate(6, Date.valueOf(s.on()));
                ps.setTimestamp(7, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
