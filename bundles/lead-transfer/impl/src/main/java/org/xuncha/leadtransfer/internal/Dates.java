package org.xuncha.leadtransfer.internal;

import java.time.LocalDate;

import org.xuncha.platform.api.rest.Checks;

/**
 * The dates the module accepts. Inspection work, its records and its plans lie between the founding
 * of the People's Republic and the end of the 2990s: anything outside is a typing error, and some
 * years (e.g. before 4713 BC) would not even fit a PostgreSQL {@code DATE}.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private Dates() {
    }

    /** A date, if given, between {@link #EARLIEST} and {@link #LATEST}. */
    public static Checks plausible(Checks checks, String field, LocalDate date, String zh, String en) {
        return checks.check(date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST)), field, "out_of_range",
                zh + "应在" + EARLIEST + "至" + LATEST + "之间", en + " must lie between " + EARLIEST + " and " + LATEST);
    }

    /** A date, if given, from {@link #EARLIEST} up to today. */
    public static Checks past(Checks checks, String field, LocalDate date, LocalDate today, String zh, String en) {
        return checks
                .check(date != null && date.isBefore(EARLIEST), field, "out_of_range", zh + "不能早于" + EARLIEST, en + " cannot be before " + EARLIEST)
                .check(date != null && date.isAfter(today), field, "out_of_range", zh + "不能晚于今天", en + " cannot be in the future");
    }
}
