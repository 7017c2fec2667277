/** Reading and writing Excel (xlsx) workbooks for import and export. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.xuncha.platform.api.spreadsheet;
