/**
 * What a module keeps data with: its store (transactions with the audit record in them, field
 * encryption, clock, events), the query builder, and schema migrations run when it starts.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.xuncha.platform.api.persistence;
