/** Module contract: descriptors, permissions, UI entries and statistics that a module contributes. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.platform.api;
