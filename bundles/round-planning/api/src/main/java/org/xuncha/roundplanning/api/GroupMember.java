package org.xuncha.roundplanning.api;

/**
 * A person (reference-data id) in a group, with their role.
 *
 * @param personId the cadre's id in the platform's reference data
 * @param role     their place in the group
 */
public record GroupMember(long personId, GroupRole role) {
}
