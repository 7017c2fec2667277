/**
 * Reading and writing Excel (xlsx) workbooks for import and export.
 *
 * <p>1.1: {@link org.xuncha.platform.api.spreadsheet.Csv} (CSV beside xlsx) and
 * {@link org.xuncha.platform.api.spreadsheet.ImportJobService} (background imports with progress).
 * <p>1.2: {@link org.xuncha.platform.api.spreadsheet.ImportSheet} (an import template's rows checked with row errors) and
 * {@code ImportJobService.status(caller, id, kind)}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.xuncha.platform.api.spreadsheet;
