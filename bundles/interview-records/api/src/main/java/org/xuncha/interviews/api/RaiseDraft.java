package org.xuncha.interviews.api;

/**
 * A problem or lead raised from a record or letter.
 *
 * @param kind                 problem or lead
 * @param category             category code of the lead-transfer taxonomy, may be null
 * @param description          what it is about (stored encrypted)
 * @param concernsTopLeader    it concerns the unit's top leader
 * @param concernsLeadingGroup it concerns another leading-group member
 * @param personId             for a lead: the person concerned in reference data, may be null
 * @param personName           for a lead: required when {@code personId} is null (stored encrypted)
 * @param personPost           for a lead: may be null (stored encrypted)
 * @param personRank           for a lead: may be null (stored encrypted)
 */
public record RaiseDraft(HandOverKind kind, String category, String description, Boolean concernsTopLeader,
                         Boolean concernsLeadingGroup, Long personId, String personName, String personPost, String personRank) {
}
