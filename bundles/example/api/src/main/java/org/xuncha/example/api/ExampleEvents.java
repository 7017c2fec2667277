package org.xuncha.example.api;

import org.xuncha.platform.api.event.Events;

/**
 * The module id, and the Event Admin topics the module posts on with their property keys. Besides
 * the platform's {@code module}, {@code entityId}, {@code actor} and {@code timestamp}, every event
 * carries {@link #UNIT_ID}; never any content.
 */
public final class ExampleEvents {

    /** The module id: feature {@code xuncha-example}, REST base {@code /api/example}. */
    public static final String MODULE = "example";

    /** A note was added. */
    public static final String NOTE_CREATED = Events.topic(MODULE, "note_created");

    /** Property: the unit the note is about (a Long). */
    public static final String UNIT_ID = "unitId";

    private ExampleEvents() {
    }
}
