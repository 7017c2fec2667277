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

    /**
     * Told once a document of this kind has been issued (印发) with {@code number} and kept, after its
     * transaction committed: e.g. lead transfer records the 文号 of a 点人点事交办单 on its lead. The
     * default does nothing. A failure here does not undo the issue (the document stays kept and
     * listed); the platform logs it.
     *
     * @param caller     who issued it
     * @param parameters as given to {@link #build}
     * @param number     the 文号 it took, e.g. {@code 聊巡办〔2026〕3号}
     * @since 1.1
     */
    default void issued(Caller caller, Map<String, String> parameters, String number) {
        // most kinds keep nothing of their own about an issued document
    }
}
