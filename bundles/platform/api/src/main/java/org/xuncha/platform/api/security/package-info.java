/** Security spine as seen by modules: the caller with its permissions and data scope, the audit trail, field encryption, role names. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.4.0")
package org.xuncha.platform.api.security;
