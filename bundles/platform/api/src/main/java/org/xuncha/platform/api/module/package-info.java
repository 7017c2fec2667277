/** Plumbing a module uses to hold another module's service: optional, dynamic, and a 503 while it is away. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.platform.api.module;
