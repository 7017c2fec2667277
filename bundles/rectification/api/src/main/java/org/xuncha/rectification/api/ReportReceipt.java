package org.xuncha.rectification.api;

import java.time.LocalDate;

/**
 * The office received one of the reports.
 *
 * @param report     which
 * @param receivedOn the day, not in the future and not before feedback
 */
public record ReportReceipt(ReportKind report, LocalDate receivedOn) {
}
