package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * The shared calendar of who visits which unit when: the inspection groups of a term's rounds (from
 * round planning: each group at each of its targets for the round's fieldwork) and the audit,
 * discipline and other visits recorded here. Two visits of one unit conflict when their periods
 * share a day.
 */
public final class Calendar {

    /**
     * One visit of one unit.
     *
     * @param unitId   the unit visited
     * @param kind     who visits
     * @param by       the group's or the organisation's name
     * @param project  the round's name, or the audit / discipline project
     * @param startsOn first day
     * @param endsOn   last day
     * @param roundId  for inspections, the round
     * @param groupId  for inspections, the group
     * @param visitId  for recorded visits, its id
     */
    public record Entry(long unitId, VisitKind kind, String by, String project, LocalDate startsOn, LocalDate endsOn,
                        Long roundId, Long groupId, Long visitId) {
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::startsOn).thenComparing(Entry::unitId)
            .thenComparing(e -> e.kind().ordinal());

    private Calendar() {
    }

    /** The inspection visits of the term's rounds that {@code include} accepts; rounds without fieldwork dates are left out. */
    public static List<Entry> inspections(RoundDirectory directory, long termId, Predicate<RoundRef> include) {
        List<Entry> entries = new ArrayList<>();
        for (RoundRef round : directory.roundsOfTerm(termId)) {
            if (round.fieldStart() == null || round.fieldEnd() == null || !include.test(round)) {
                continue;
            }
            for (GroupRef group : directory.groupsOfRound(round.id())) {
                for (long unit : group.targetUnitIds()) {
                    entries.add(new Entry(unit, VisitKind.INSPECTION, group.name(), round.name(), round.fieldStart(), round.fieldEnd(),
                            round.id(), group.id(), null));
                }
            }
        }
        return entries;
    }

    public static boolean overlaps(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return !aStart.isAfter(bEnd) && !bStart.isAfter(aEnd);
    }

    /** Entries of the unit whose periods share a day with {@code start..end}. */
    public static List<Entry> conflicts(List<Entry> entries, long unitId, LocalDate start, LocalDate end) {
        return entries.stream().filter(e -> e.unitId() == unitId && overlaps(e.startsOn(), e.endsOn(), start, end)).sorted(ORDER).toList();
    }

    /** Entries sharing a day with {@code from..to} (open ends when null), in date order. */
    public static List<Entry> within(List<Entry> entries, LocalDate from, LocalDate to) {
        LocalDate f = from == null ? LocalDate.MIN : from;
        LocalDate t = to == null ? LocalDate.MAX : to;
        return entries.stream().filter(e -> overlaps(e.startsOn(), e.endsOn(), f, t)).sorted(ORDER).toList();
    }
}
