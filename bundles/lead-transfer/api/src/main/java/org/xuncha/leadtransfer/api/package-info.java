/**
 * Problems (问题底稿) and leads (问题线索) as other modules hand them in: an interview or a letter
 * raises a problem or a lead through {@link org.xuncha.leadtransfer.api.LeadIntake}; the module's
 * events are named in {@link org.xuncha.leadtransfer.api.LeadEvents}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.leadtransfer.api;
