/** Module contract: descriptors, permissions, UI entries, statistics and to-do items that a module contributes. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xuncha.platform.api;
