package org.xuncha.platform.api.documents;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lays out documents after GB/T 9704-2012 (A4, 版心 156 × 225 mm, 22 lines of 28 characters, 方正小标宋简体
 * title, 仿宋_GB2312 body, page numbers) as DOCX that WPS and Word open and edit, and as PDF with the
 * CJK font embedded. Rendering is all or nothing: a failure throws and leaves no partial file.
 */
@ProviderType
public interface DocumentService {

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String PDF = "application/pdf";

    /** Largest template accepted, in bytes (5 MiB). */
    int MAX_TEMPLATE_SIZE = 5 * 1024 * 1024;

    /** The document in the platform's default template. */
    byte[] docx(DocumentContent content);

    /**
     * The document in {@code template} (a DOCX with {@code {{body}}} on a paragraph of its own and
     * any of the content's fields as {@code {{name}}}); null means the default template.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 400 {@code bad_template} if the template cannot be used
     */
    byte[] docx(DocumentContent content, byte[] template);

    /** The document as PDF in the default layout, with the CJK font embedded. */
    byte[] pdf(DocumentContent content);

    /** The default template, for an office to download, edit in WPS or Word and upload as its own. */
    byte[] defaultTemplate();

    /**
     * Checks that {@code template} can be used: a DOCX (size and unpacked size bounded), with
     * {@code {{body}}} alone on a body paragraph, that renders a sample document.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 400 {@code bad_template} (zh/en) saying why
     */
    void validateTemplate(byte[] template);
}
