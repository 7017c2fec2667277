/**
 * Module contract: descriptors, permissions, UI entries, statistics and to-do items that a module contributes.
 *
 * <p>1.3.0: {@link org.xuncha.platform.api.Statistic#link()}, the list a dashboard figure counts.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.xuncha.platform.api;
