package org.xuncha.platform.api;

import java.time.LocalDate;

/**
 * Something waiting for the caller (待办), contributed by a module: either one record ("lead #12 waits for
 * your acknowledgement") or a kind of work with its count ("3 problems wait for your sign-off"), each
 * linking to where it is done.
 *
 * @param id      module-qualified kind, e.g. {@code lead-transfer.problems-to-sign}; stable, for tests and styling
 * @param titleZh what waits, e.g. 待签批的问题
 * @param titleEn the same in English
 * @param count   how many records wait (1 for a single record); an item with 0 is left out
 * @param link    the console route where the work is done, with its filter, e.g. {@code /problems?status=DRAFT}
 * @param due     the earliest deadline among them, or null
 * @param overdue whether that deadline has passed
 */
public record TodoItem(String id, String titleZh, String titleEn, int count, String link, LocalDate due, boolean overdue) {
}
