package org.xuncha.platform.api.security;

/**
 * One fact for the audit trail. {@code summary} names what happened in a few words and must never
 * carry sensitive content (interview text, a lead's person concerned, passwords): record the ids.
 *
 * @param action     what kind of event
 * @param module     module id, e.g. {@code round-planning}
 * @param entityType kind of record, e.g. {@code round}
 * @param entityId   the record's id, may be null
 * @param summary    short non-sensitive description
 */
public record AuditEntry(AuditAction action, String module, String entityType, String entityId, String summary) {

    public static AuditEntry of(AuditAction action, String module, String entityType, Object entityId, String summary) {
        return new AuditEntry(action, module, entityType, entityId == null ? null : String.valueOf(entityId), summary);
    }
}
