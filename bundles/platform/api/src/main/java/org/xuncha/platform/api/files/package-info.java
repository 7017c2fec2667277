/** Attachments (evidence, scanned documents) stored by the platform, encrypted at rest. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.platform.api.files;
