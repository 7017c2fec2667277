package org.xuncha.example.api;

import java.time.LocalDateTime;

/**
 * A note about a unit, as the module hands it out.
 *
 * @param id        database id
 * @param unitId    the unit (from the platform's reference data)
 * @param text      the note
 * @param author    username of who wrote it
 * @param createdAt when, by the platform clock
 */
public record Note(long id, long unitId, String text, String author, LocalDateTime createdAt) {
}
