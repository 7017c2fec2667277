package org.xuncha.platform.api.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.IntConsumer;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ErrorBody;
import org.xuncha.platform.api.security.Caller;

/**
 * Imports that run in the background so that the browser can show a progress bar: the platform's own
 * reference imports and the modules' history imports share one queue (one import at a time) and one
 * answer shape. A job belongs to the account that started it; finished jobs are forgotten after an
 * hour, and all of them at a restart.
 */
@ProviderType
public interface ImportJobService {

    /**
     * What the client polls.
     *
     * @param id        the job's id
     * @param kind      what is imported, e.g. {@code units} or {@code round-planning.history}
     * @param total     rows in the file (for the progress bar), 0 if unknown
     * @param processed rows checked so far
     * @param done      true once the job ended, with a report or an error
     * @param report    what the work answered (the import's report), null until done
     * @param error     why the job failed, in the error model; null unless it failed
     */
    record Status(String id, String kind, int total, int processed, boolean done, Object report, ErrorBody error) {
    }

    /** The work of one import: reads the file, tells progress in rows, answers the report. */
    @FunctionalInterface
    interface Work {
        Object run(InputStream file, IntConsumer progress);
    }

    /** Queues the work; an {@link org.xuncha.platform.api.rest.ApiException} it throws becomes the job's error. */
    Status start(Caller caller, String kind, byte[] file, int total, Work work);

    /** @throws org.xuncha.platform.api.rest.ApiException 404 for an unknown job or another account's */
    Status status(Caller caller, String id);

    /**
     * The job if it is of {@code kind}: a module's status endpoint shows its own imports only; another
     * kind is a 404, as an unknown job is.
     *
     * @since 1.2
     */
    default Status status(Caller caller, String id, String kind) {
        Status s = status(caller, id);
        if (!kind.equals(s.kind())) {
            throw ApiException.notFound("导入任务", "import job", id);
        }
        return s;
    }

    /** The most an import file may weigh. */
    int MAX_UPLOAD = 20 * 1024 * 1024;

    /**
     * An import file sent as the raw request body, read in the request: none or an empty one is 400
     * {@code empty_body}, more than {@link #MAX_UPLOAD} bytes 413 {@code too_large}.
     */
    static byte[] upload(InputStream body) {
        if (body == null) {
            throw ApiException.badRequest("empty_body", "没有收到文件", "No file received");
        }
        try {
            byte[] bytes = body.readNBytes(MAX_UPLOAD + 1);
            if (bytes.length > MAX_UPLOAD) {
                throw new ApiException(413, "too_large", "文件不能超过20MB", "The file must not exceed 20 MB");
            }
            if (bytes.length == 0) {
                throw ApiException.badRequest("empty_body", "没有收到文件", "No file received");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("upload_failed", "文件上传中断", "The upload was interrupted");
        }
    }
}
