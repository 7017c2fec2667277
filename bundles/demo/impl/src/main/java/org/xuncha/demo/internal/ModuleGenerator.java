package org.xuncha.demo.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.security.Caller;

/**
 * A module's share of a synthetic data set ({@code xuncha:demo-generate --rounds/--problems/--leads/
 * --interviews}), generated through the module's own services over the units of the same run. Like
 * the demo parts, each is a disabled component the loader enables in demo mode, with a mandatory
 * reference to its module's service; it registers with the {@link Generator} while it is active.
 */
interface ModuleGenerator {

    /** Round planning first: the others work in the rounds and groups it generates. */
    int order();

    String module();

    void generate(Caller system, Generator.Request request, Synthetic data, Random random, PrintStream out);

    /** What the run generated so far: its units with their persons, then the groups at work on them. */
    final class Synthetic {

        final List<Unit> units;
        final Map<Long, List<Long>> personsByUnit;
        final List<Slot> slots = new ArrayList<>();

        Synthetic(List<Unit> units, Map<Long, List<Long>> personsByUnit) {
            this.units = units;
            this.personsByUnit = personsByUnit;
        }

        /** The slot and target unit of the {@code i}-th record, spread evenly over every group and target. */
        Slot slot(int i) {
            return slots.get(i % slots.size());
        }

        long unit(int i) {
            Slot s = slot(i);
            return s.unitIds().get((i / slots.size()) % s.unitIds().size());
        }
    }

    /**
     * A group of a generated round.
     *
     * @param day a past day of the round (its planned start): what records of it are dated
     */
    record Slot(long roundId, long groupId, List<Long> unitIds, List<Long> memberIds, LocalDate day) {
    }

    /** Prints progress each time {@code done} (just grown by {@code step}) passes a thousand, and at the end. */
    static void progress(PrintStream out, String what, int done, int step, int total, long start) {
        if (done == total || done / 1000 != (done - step) / 1000) {
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            out.printf("%s %d/%d (%.0f/s)%n", what, done, total, done / seconds);
        }
    }
}
