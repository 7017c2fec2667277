package org.xuncha.platform.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.documents.DocumentContent;
import org.xuncha.platform.api.documents.DocumentKind;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.Caller;

/**
 * Batches of documents (e.g. one per unit of a round) made in the background, one after another on
 * one thread, so a batch never takes more than one core from the requests being served. Progress
 * is counted per document; the zip exists only once every document is made: a failure ends the
 * batch with the reason and keeps nothing. Batches live in memory (a restart forgets them, the
 * documents can be made again) and only their owner sees them; an account keeps its last 10.
 */
@Component(service = Batches.class)
public class Batches {

    /** Largest batch: a city round has some 20 units, a term some 150. */
    public static final int MAX_ITEMS = 200;
    private static final int KEPT_PER_ACCOUNT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Batches.class);

    public enum State { RUNNING, DONE, FAILED }

    /** A batch as its owner sees it. */
    public record Status(String id, String kind, String format, State state, int total, int done, String messageZh,
                         String messageEn, Instant createdAt) {
    }

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final DocumentKind kind;
        final String format;
        final int total;
        final Instant createdAt = Instant.now();
        final AtomicInteger done = new AtomicInteger();
        volatile State state = State.RUNNING;
        volatile String messageZh;
        volatile String messageEn;
        volatile byte[] zip;

        Job(String owner, DocumentKind kind, String format, int total) {
            this.owner = owner;
            this.kind = kind;
            this.format = format;
            this.total = total;
        }

        Status status() {
            return new Status(id, kind.code(), format, state, total, done.get(), messageZh, messageEn, createdAt);
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService worker;

    public Batches() {
        this(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xuncha-document-batches");
            t.setDaemon(true);
            return t;
        }));
    }

    /** With the thread the batches are made on given: a test's, to know when a batch has ended without polling. */
    Batches(ExecutorService worker) {
        this.worker = worker;
    }

    @Deactivate
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Starts a batch; {@code render} makes one file from a document's content.
     *
     * @param onDone called on the worker thread once every document is made (to audit the batch)
     */
    public Status start(Caller caller, DocumentKind kind, String format, List<Map<String, String>> items,
                        BiFunction<Caller, DocumentContent, byte[]> render, Runnable onDone) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ApiException.validation(List.of(new FieldError("items", "invalid", "请给出 1 至 " + MAX_ITEMS + " 份公文的参数",
                    "give the parameters of 1 to " + MAX_ITEMS + " documents")));
        }
        List<Map<String, String>> copy = items.stream().map(m -> m == null ? Map.<String, String>of() : Map.copyOf(m)).toList();
        Job job = new Job(caller.username(), kind, format, copy.size());
        synchronized (jobs) {
            jobs.put(job.id, job);
            List<Job> mine = jobs.values().stream().filter(j -> j.owner.equals(job.owner)).toList();
            for (int i = 0; i < mine.size() - KEPT_PER_ACCOUNT; i++) {
                jobs.remove(mine.get(i).id);
            }
        }
        worker.execute(() -> run(caller, job, copy, render, onDone));
        return job.status();
    }

    public Status status(Caller caller, String id) {
        return find(caller, id).status();
    }

    /** The zip, once the batch is done. */
    public byte[] zip(Caller caller, String id) {
        Job job = find(caller, id);
        if (job.state == State.RUNNING) {
            throw ApiException.conflict("batch_running", "批量生成尚未完成（" + job.done.get() + "/" + job.total + "）",
                    "the batch is not finished yet (" + job.done.get() + "/" + job.total + ")");
        }
        if (job.state == State.FAILED) {
            throw ApiException.conflict("batch_failed", "批量生成失败，没有生成文件：" + job.messageZh, "the batch failed and made no file: " + job.messageEn);
        }
        return job.zip;
    }

    public String zipName(Caller caller, String id) {
        return find(caller, id).kind.nameZh() + "（批量）.zip";
    }

    private Job find(Caller caller, String id) {
        Job job;
        synchronized (jobs) {
            job = jobs.get(id);
        }
        if (job == null || !job.owner.equals(caller.username())) {
            throw ApiException.notFound("批量任务", "batch", id);
        }
        return job;
    }

    private static void run(Caller caller, Job job, List<Map<String, String>> items, BiFunction<Caller, DocumentContent, byte[]> render,
                            Runnable onDone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Set<String> names = new HashSet<>();
        int n = 0;
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map<String, String> params : items) {
                n++;
                byte[] file = render.apply(caller, job.kind.build(caller, params));
                String base = job.kind.filename(params);
                String name = base + "." + job.format;
                for (int k = 2; !names.add(name); k++) {
                    name = base + "（" + k + "）." + job.format;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(file);
                zip.closeEntry();
                job.done.incrementAndGet();
            }
        } catch (ApiException e) {
            fail(job, "第" + n + "份：" + e.messageZh(), "document " + n + ": " + e.messageEn());
            return;
        } catch (IOException | RuntimeException e) {
            LOG.warn("document batch {} failed at document {}", job.id, n, e);
            fail(job, "第" + n + "份生成出错（" + e.getClass().getSimpleName() + "）", "document " + n + " failed (" + e.getClass().getSimpleName() + ")");
            return;
        }
        job.zip = out.toByteArray();
        try {
            onDone.run();
        } catch (RuntimeException e) {
            // no audit record, no download
            LOG.warn("document batch {}: auditing it failed", job.id, e);
            job.zip = null;
            fail(job, "记录审计失败，未提供下载", "the batch could not be audited, so it is not offered");
            return;
        }
        // last: whoever sees DONE sees the zip and the audit record
        job.state = State.DONE;
    }

    private static void fail(Job job, String zh, String en) {
        job.messageZh = zh;
        job.messageEn = en;
        job.state = State.FAILED;
    }
}
