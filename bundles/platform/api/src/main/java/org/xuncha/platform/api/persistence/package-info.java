/** Schema migrations a module runs when it starts. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.platform.api.persistence;
