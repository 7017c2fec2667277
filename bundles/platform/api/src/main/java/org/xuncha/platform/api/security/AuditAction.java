package org.xuncha.platform.api.security;

/** What an audit record records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT,
    CREATE, UPDATE, DELETE,
    /** A read of a sensitive record (interview, lead, dossier). */
    READ,
    EXPORT, IMPORT,
    /** Approval, transfer, stage change and other state transitions. */
    TRANSITION,
    /** Accounts, roles, permissions, keys. */
    SECURITY,
    /** Module install, update, removal. */
    MODULE
}
