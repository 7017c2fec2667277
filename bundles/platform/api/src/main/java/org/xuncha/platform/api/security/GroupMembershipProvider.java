package org.xuncha.platform.api.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Tells the security spine which rounds, groups and units a person works in. The round-planning
 * module registers one; without any, group roles see no group-limited data.
 */
@ConsumerType
public interface GroupMembershipProvider {

    /** Current memberships of the cadre with this reference-data person id. */
    GroupScope membershipOf(long personId);
}
