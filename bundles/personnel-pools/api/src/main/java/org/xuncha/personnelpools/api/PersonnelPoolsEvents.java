package org.xuncha.personnelpools.api;

import org.xuncha.platform.api.event.Events;

/**
 * The module id, and the Event Admin topics it posts on with their property keys. Besides the
 * platform's {@code module}, {@code entityId}, {@code actor} and {@code timestamp}, events carry ids
 * and the pool kind only, never a profile's content.
 */
public final class PersonnelPoolsEvents {

    /** The module id: feature {@code xuncha-personnel-pools}, REST base {@code /api/personnel-pools}. */
    public static final String MODULE = "personnel-pools";

    /** An admission or exit was decided (entity: the pool entry). */
    public static final String ENTRY_DECIDED = Events.topic(MODULE, "entry_decided");
    /** A person was seconded to a round (entity: the secondment). */
    public static final String SECONDED = Events.topic(MODULE, "seconded");

    /** Property: the person (reference-data id, a Long). */
    public static final String PERSON_ID = "personId";
    /** Property: the pool kind (its name). */
    public static final String POOL = "pool";
    /** Property: the entry's status after the decision (its name). */
    public static final String STATUS = "status";
    /** Property: the round (a Long). */
    public static final String ROUND_ID = "roundId";

    private PersonnelPoolsEvents() {
    }
}
