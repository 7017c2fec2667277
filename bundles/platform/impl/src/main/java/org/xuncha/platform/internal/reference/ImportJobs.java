package org.xuncha.platform.internal.reference;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.ErrorBody;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportJobService;

/**
 * Imports run in the background so the browser can show a progress bar. A job belongs to the
 * account that started it; finished jobs are forgotten after an hour. The modules' imports (history)
 * use the same queue through {@link ImportJobService}.
 */
@Component(service = {ImportJobs.class, ImportJobService.class})
public class ImportJobs implements ImportJobService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final String kind;
        final int total;
        final AtomicInteger processed = new AtomicInteger();
        volatile Object report;
        volatile ErrorBody error;
        volatile boolean done;
        volatile Instant finished;

        Job(String owner, String kind, int total) {
            this.owner = owner;
            this.kind = kind;
            this.total = total;
        }

        Status status() {
            return new Status(id, kind, total, processed.get(), done, report, error);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService executor;

    public ImportJobs() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xuncha-import");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the thread the imports run on given: a test's, to know when a job has ended without polling. */
    ImportJobs(ExecutorService executor) {
        this.executor = executor;
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public Status start(Caller caller, String kind, byte[] xlsx, int estimatedRows, Work work) {
        jobs.values().removeIf(j -> j.finished != null && j.finished.isBefore(Instant.now().minusSeconds(3600)));
        Job job = new Job(caller.username(), kind, estimatedRows);
        jobs.put(job.id, job);
        executor.submit(() -> {
            try {
                job.report = work.run(new ByteArrayInputStream(xlsx), job.processed::set);
            } catch (ApiException e) {
                job.error = e.body();
            } catch (RuntimeException e) {
                LOG.error("Import {} failed", job.id, e);
                job.error = new ErrorBody("internal_error", "导入失败，请联系管理员", "Import failed; tell the administrator", null);
            } finally {
                job.done = true;
                job.finished = Instant.now();
            }
        });
        return job.status();
    }

    @Override
    public Status status(Caller caller, String id) {
        Job job = jobs.get(id);
        if (job == null || !job.owner.equals(caller.username())) {
            throw ApiException.notFound("导入任务", "import job", id);
        }
        return job.status();
    }
}
