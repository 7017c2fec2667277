/**
 * Problems (问题底稿) and leads (问题线索) as other modules hand them in: an interview or a letter
 * raises a problem or a lead through {@link org.xuncha.leadtransfer.api.LeadIntake}; work done before
 * (past rounds, migrations, the demo) is entered through {@link org.xuncha.leadtransfer.api.LeadRecords}; the module's
 * events are named in {@link org.xuncha.leadtransfer.api.LeadEvents} and its permissions in
 * {@link org.xuncha.leadtransfer.api.LeadTransferPermissions} (since 1.3); other modules read approved problems through
 * {@link org.xuncha.leadtransfer.api.ApprovedProblems} (since 1.4); the history permission
 * {@link org.xuncha.leadtransfer.api.LeadTransferPermissions#HISTORY_IMPORT} is new in 1.5.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.5.0")
package org.xuncha.leadtransfer.api;
