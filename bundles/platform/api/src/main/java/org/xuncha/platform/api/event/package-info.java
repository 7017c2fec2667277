/** Event Admin topic conventions: xuncha/&lt;module&gt;/&lt;event&gt;. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.3.0")
package org.xuncha.platform.api.event;
