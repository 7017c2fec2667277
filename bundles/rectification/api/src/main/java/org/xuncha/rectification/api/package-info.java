/**
 * Rectification (巡察整改), the "second half" of an inspection: the per-unit ledger of tasks
 * ({@link org.xuncha.rectification.api.LedgerService}, {@link org.xuncha.rectification.api.TaskService}),
 * the two-month clock of the unit's and its principal leader's reports, and the handover of open tasks
 * when a unit's top leader changes ({@link org.xuncha.rectification.api.HandoverService}). Permissions
 * in {@link org.xuncha.rectification.api.RectificationPermissions}, topics in
 * {@link org.xuncha.rectification.api.RectificationEvents}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.rectification.api;
