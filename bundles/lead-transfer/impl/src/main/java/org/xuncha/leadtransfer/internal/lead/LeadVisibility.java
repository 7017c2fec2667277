package org.xuncha.leadtransfer.internal.lead;

import java.util.EnumSet;
import java.util.Set;

import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.Roles;

/**
 * Who sees a lead (need to know): within the caller's divisions, the office (office-leader,
 * office-staff) sees every lead; group roles see the leads of their own groups; a receiver account
 * sees the leads transferred to its kind of receiver (discipline-commission → 纪委监委,
 * organisation-dept → 组织部), once transferred. Nobody else, whatever permissions they hold.
 *
 * @param all         the system caller: everything
 * @param divisions   divisions covered; null for all
 * @param office      sees every lead in those divisions
 * @param groups      groups whose leads the caller sees
 * @param receivedBy  receiver kinds whose transferred leads the caller sees
 */
public record LeadVisibility(boolean all, Set<String> divisions, boolean office, Set<Long> groups, Set<ReceiverKind> receivedBy) {

    /** What the rules look at in a lead. */
    public record Facts(String divisionCode, long groupId, LeadStatus status, ReceiverKind receiverKind) {
    }

    public static LeadVisibility of(Caller caller) {
        if (caller.isSystem()) {
            return new LeadVisibility(true, null, true, Set.of(), Set.of());
        }
        boolean groupLimited = caller.scope().groupLimited();
        Set<ReceiverKind> kinds = EnumSet.noneOf(ReceiverKind.class);
        if (caller.hasRole(Roles.DISCIPLINE_COMMISSION)) {
            kinds.add(ReceiverKind.DISCIPLINE_COMMISSION);
        }
        if (caller.hasRole(Roles.ORGANISATION_DEPT)) {
            kinds.add(ReceiverKind.ORGANISATION_DEPT);
        }
        boolean office = !groupLimited && (caller.hasRole(Roles.OFFICE_LEADER) || caller.hasRole(Roles.OFFICE_STAFF));
        return new LeadVisibility(false, caller.scope().allDivisions() ? null : caller.scope().divisions(), office,
                groupLimited ? caller.scope().group().groupIds() : Set.of(), Set.copyOf(kinds));
    }

    public boolean canSee(Facts lead) {
        if (all) {
            return true;
        }
        if (divisions != null && !divisions.contains(lead.divisionCode())) {
            return false;
        }
        return office || groups.contains(lead.groupId()) || receives(lead);
    }

    /** The caller is the receiver of this transferred lead. */
    public boolean receives(Facts lead) {
        return lead.receiverKind() != null && lead.status() != LeadStatus.REGISTERED && receivedBy.contains(lead.receiverKind());
    }

    /** May record the receiver's feedback: the office (paper feedback) or the receiver itself. */
    public boolean canRecordFeedback(Facts lead) {
        return canSee(lead) && (all || office || receives(lead));
    }

    /** The same rules as a JPQL condition on a lead alias. */
    public Where where(String alias) {
        Where w = Where.of();
        if (all) {
            return w;
        }
        if (divisions != null) {
            w.in(alias + ".divisionCode", "visDivisions", divisions);
        }
        if (office) {
            return w;
        }
        if (groups.isEmpty() && receivedBy.isEmpty()) {
            // nothing, said without literals (see Where.in)
            return w.and(alias + ".id is null");
        }
        StringBuilder or = new StringBuilder("(");
        if (!groups.isEmpty()) {
            or.append(alias).append(".groupId in :visGroups");
        }
        if (!receivedBy.isEmpty()) {
            or.append(groups.isEmpty() ? "" : " or ").append("(").append(alias).append(".receiverKind in :visKinds and ")
                    .append(alias).append(".status <> :visRegistered)");
        }
        w.and(or.append(")").toString());
        if (!groups.isEmpty()) {
            w.param("visGroups", groups);
        }
        if (!receivedBy.isEmpty()) {
            w.param("visKinds", receivedBy).param("visRegistered", LeadStatus.REGISTERED);
        }
        return w;
    }
}
