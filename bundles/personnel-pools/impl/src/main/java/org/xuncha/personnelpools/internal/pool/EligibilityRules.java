package org.xuncha.personnelpools.internal.pool;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.xuncha.personnelpools.api.PoolKind;

/**
 * The eligibility rules an office configures for its pools, and their verdicts. Pure: parsed from
 * the configuration's lines, evaluated on a person's facts; every failure names its rule.
 */
public final class EligibilityRules {

    /** What a rule checks. */
    public enum Kind {
        /** the rank is one of those listed */
        RANK("eligibility.rank"),
        /** younger than the number of years given (needs a birth date) */
        MAX_AGE("eligibility.max_age"),
        /** at least this many secondments served */
        MIN_ROUNDS("eligibility.min_rounds"),
        /** no open discipline case */
        NO_OPEN_CASE("eligibility.no_open_case");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One rule.
     *
     * @param pool   the pool it applies to; null for every pool
     * @param kind   what it checks
     * @param ranks  the ranks allowed (RANK)
     * @param number the limit (MAX_AGE, MIN_ROUNDS)
     * @param text   the configuration line, as written
     */
    public record Rule(PoolKind pool, Kind kind, Set<String> ranks, int number, String text) {

        boolean appliesTo(PoolKind p) {
            return pool == null || pool == p;
        }
    }

    /** The facts of a person the rules read. */
    public record Facts(String rank, LocalDate birthDate, int roundsServed, boolean caseOpen) {
    }

    /** A failed rule: its code (the {@link Kind}'s), the rule as configured and why, in both languages. */
    public record Failure(String rule, String messageZh, String messageEn) {
    }

    private EligibilityRules() {
    }

    /**
     * Reads the configuration's lines ({@code LEADER: rank 正处级|副处级}, {@code *: maxAge 55},
     * {@code MEMBER: minRounds 1}, {@code *: noOpenCase}).
     *
     * @throws IllegalArgumentException naming the line that cannot be read
     */
    public static List<Rule> parse(String[] lines) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : lines == null ? new String[0] : lines) {
            String line = raw == null ? "" : raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("eligibility rule without '<pool>:' : " + line);
            }
            String scope = line.substring(0, colon).trim();
            PoolKind pool;
            try {
                pool = "*".equals(scope) ? null : PoolKind.valueOf(scope.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("eligibility rule for an unknown pool '" + scope + "': " + line, e);
            }
            String[] words = line.substring(colon + 1).trim().split("\\s+", 2);
            String arg = words.length > 1 ? words[1].trim() : "";
            rules.add(switch (words[0].toLowerCase(Locale.ROOT)) {
                case "rank" -> {
                    Set<String> ranks = new LinkedHashSet<>(Arrays.stream(arg.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList());
                    if (ranks.isEmpty()) {
                        throw new IllegalArgumentException("eligibility rule 'rank' lists no rank: " + line);
                    }
                    yield new Rule(pool, Kind.RANK, Set.copyOf(ranks), 0, line);
                }
                case "maxage" -> new Rule(pool, Kind.MAX_AGE, Set.of(), number(arg, line), line);
                case "minrounds" -> new Rule(pool, Kind.MIN_ROUNDS, Set.of(), number(arg, line), line);
                case "noopencase" -> new Rule(pool, Kind.NO_OPEN_CASE, Set.of(), 0, line);
                default -> throw new IllegalArgumentException("unknown eligibility rule '" + words[0] + "': " + line);
            });
        }
        return List.copyOf(rules);
    }

    private static int number(String arg, String line) {
        try {
            int n = Integer.parseInt(arg);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("eligibility rule needs a whole number: " + line, e);
        }
    }

    /** Every rule of {@code pool} the person fails, in the order configured. */
    public static List<Failure> failures(List<Rule> rules, PoolKind pool, Facts facts, LocalDate today) {
        List<Failure> out = new ArrayList<>();
        String poolZh = pool.nameZh();
        String poolEn = pool.nameEn();
        for (Rule r : rules) {
            if (!r.appliesTo(pool)) {
                continue;
            }
            switch (r.kind()) {
                case RANK -> {
                    if (facts.rank() == null || !r.ranks().contains(facts.rank())) {
                        String ranks = String.join("、", r.ranks());
                        String own = facts.rank() == null ? "未登记" : facts.rank();
                        out.add(new Failure(r.kind().code(), poolZh + "入库条件：职级须为" + ranks + "（本人：" + own + "）",
                                "Pool of " + poolEn + ": the rank must be one of " + String.join(", ", r.ranks()) + " (this person: "
                                        + (facts.rank() == null ? "none recorded" : facts.rank()) + ")"));
                    }
                }
                case MAX_AGE -> {
                    if (facts.birthDate() == null) {
                        out.add(new Failure(r.kind().code(), poolZh + "入库条件：年龄须在" + r.number() + "周岁以下，但未登记出生日期",
                                "Pool of " + poolEn + ": the age must be under " + r.number() + ", but no birth date is recorded"));
                    } else {
                        int age = Period.between(facts.birthDate(), today).getYears();
                        if (age >= r.number()) {
                            out.add(new Failure(r.kind().code(), poolZh + "入库条件：年龄须在" + r.number() + "周岁以下（本人：" + age + "周岁）",
                                    "Pool of " + poolEn + ": the age must be under " + r.number() + " (this person: " + age + ")"));
                        }
                    }
                }
                case MIN_ROUNDS -> {
                    if (facts.roundsServed() < r.number()) {
                        out.add(new Failure(r.kind().code(), poolZh + "入库条件：至少参加过" + r.number() + "轮巡察（本人：" + facts.roundsServed() + "轮）",
                                "Pool of " + poolEn + ": at least " + r.number() + " rounds served (this person: " + facts.roundsServed() + ")"));
                    }
                }
                case NO_OPEN_CASE -> {
                    if (facts.caseOpen()) {
                        out.add(new Failure(r.kind().code(), poolZh + "入库条件：不得有正在审查调查的违纪违法问题（本人：有）",
                                "Pool of " + poolEn + ": no open discipline case (this person has one)"));
                    }
                }
                default -> throw new IllegalStateException(r.kind().name());
            }
        }
        return out;
    }
}
