/** Reference data owned by the platform: administrative divisions, units that can be inspected, persons (cadres). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.platform.api.reference;
