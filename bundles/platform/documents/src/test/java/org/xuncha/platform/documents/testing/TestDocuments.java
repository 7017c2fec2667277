package org.xuncha.platform.documents.testing;

import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.documents.internal.DocumentServiceImpl;

/**
 * The platform's real document service outside OSGi, for modules' unit tests: they build a kind's
 * content and read the DOCX or PDF it lays out back with POI/PDFBox. Shipped as this bundle's
 * {@code tests} artifact (test scope), next to the bundle itself.
 */
public final class TestDocuments {

    private static final DocumentService SERVICE = DocumentServiceImpl.standalone();

    private TestDocuments() {
    }

    /** One service for all tests of a JVM (it keeps the parsed CJK font, as the bundle does). */
    public static DocumentService service() {
        return SERVICE;
    }
}
