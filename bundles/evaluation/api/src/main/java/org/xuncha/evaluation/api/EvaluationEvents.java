package org.xuncha.evaluation.api;

import org.xuncha.platform.api.event.Events;

/**
 * The module id, and the Event Admin topics it posts on. Besides the platform's {@code module},
 * {@code entityId}, {@code actor} and {@code timestamp}, events carry {@link #ROUND_ID}; never content.
 */
public final class EvaluationEvents {

    /** The module id: feature {@code xuncha-evaluation}, REST base {@code /api/evaluation}. */
    public static final String MODULE = "evaluation";

    /** A round's ranking was published (entity: the round). */
    public static final String RANKING_PUBLISHED = Events.topic(MODULE, "ranking_published");
    /** The ranking rule opened a 约谈 record (entity: the record). */
    public static final String TALK_OPENED = Events.topic(MODULE, "talk_opened");
    /** A unit's rectification was assessed (entity: the assessment). */
    public static final String ASSESSED = Events.topic(MODULE, "assessed");

    /** Property: the round (a Long). */
    public static final String ROUND_ID = "roundId";

    private EvaluationEvents() {
    }
}
