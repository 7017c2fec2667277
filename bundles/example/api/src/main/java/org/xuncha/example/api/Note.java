package org.xuncha.example.api;

import java.time.LocalDateTime;

/**
 * A note about a unit.
 *
 * @param id        null when creating
 * @param unitId    the unit (from the platform's reference data)
 * @param text      the note
 * @param author    username of who wrote it (set by the service)
 * @param createdAt when (set by the service)
 */
public record Note(Long id, Long unitId, String text, String author, LocalDateTime createdAt) {
}
