package org.xuncha.roundplanning.internal.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.xuncha.roundplanning.api.GroupRole;

/**
 * When a person is away with a group, and whether two such stints clash. A group's field period is
 * its round's: from entry (actual, else planned) to the end of fieldwork (actual, else planned,
 * else entry plus the configured fieldwork days). A person may not sit in two groups whose periods
 * overlap, nor in two groups of one round. Non-resident deputy leaders (不驻组副组长) do not sit in
 * the group: they are exempt, on either side.
 */
public final class FieldPeriods {

    private FieldPeriods() {
    }

    /** A closed range of days; either end may be unknown. */
    public record Period(LocalDate start, LocalDate end) {

        public static Period of(LocalDate fieldStart, LocalDate fieldEnd, int fieldworkDays) {
            LocalDate end = fieldEnd != null ? fieldEnd : fieldStart == null ? null : fieldStart.plusDays(fieldworkDays);
            return new Period(fieldStart, end);
        }

        public boolean known() {
            return start != null && end != null;
        }

        /** True when both are known and share at least one day. */
        public boolean overlaps(Period other) {
            return known() && other.known() && !start.isAfter(other.end) && !other.start.isAfter(end);
        }

        @Override
        public String toString() {
            return (start == null ? "?" : start.toString()) + " ~ " + (end == null ? "?" : end.toString());
        }
    }

    /** A place of a person in a group. */
    public record Assignment(long roundId, String roundName, long groupId, String groupName, GroupRole role, Period period) {
    }

    /** The first existing assignment the candidate clashes with, if any. */
    public static Optional<Assignment> clash(Assignment candidate, List<Assignment> existing) {
        if (candidate.role() == GroupRole.NONRESIDENT_DEPUTY) {
            return Optional.empty();
        }
        return existing.stream()
                .filter(a -> a.groupId() != candidate.groupId() && a.role() != GroupRole.NONRESIDENT_DEPUTY)
                .filter(a -> a.roundId() == candidate.roundId() || a.period().overlaps(candidate.period()))
                .findFirst();
    }
}
