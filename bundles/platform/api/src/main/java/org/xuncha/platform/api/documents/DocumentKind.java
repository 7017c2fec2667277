package org.xuncha.platform.api.documents;

import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;
import org.xuncha.platform.api.security.Caller;

/**
 * A kind of document a module offers (e.g. 点人点事交办单 of lead-transfer), registered as an OSGi
 * service: the document centre lists it and generates it while the module is installed.
 */
@ConsumerType
public interface DocumentKind {

    /** Unique code, e.g. {@code lead-transfer.assignment}. */
    String code();

    String nameZh();

    String nameEn();

    /** The permission a caller needs to generate this kind (the module's read permission of its source). */
    String permission();

    /** A file name for the document without extension, Chinese first, e.g. {@code 点人点事交办单-线索12}. */
    String filename(Map<String, String> parameters);

    /**
     * What the document says, from the request's parameters (e.g. {@code leadId}). Checks the caller's
     * permission and scope on every referenced record.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 4xx with zh/en message and field for bad parameters
     */
    DocumentContent build(Caller caller, Map<String, String> parameters);
}
