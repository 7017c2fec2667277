/**
 * Official documents (公文) as Word and PDF files: a module describes what a document says
 * ({@link org.xuncha.platform.api.documents.DocumentContent}), the platform lays it out after
 * GB/T 9704-2012 in the office's template. Modules offer their kinds of document by registering a
 * {@link org.xuncha.platform.api.documents.DocumentKind} service.
 *
 * <p>1.1: {@code DocumentKind.issued}, a default method, and {@code DocumentParameters} (minor: existing kinds
 * need no change).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.xuncha.platform.api.documents;
