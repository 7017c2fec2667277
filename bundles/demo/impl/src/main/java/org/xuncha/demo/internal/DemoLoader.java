package org.xuncha.demo.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.demo.internal.seed.SeedCheck;
import org.xuncha.demo.internal.seed.SeedFigures;
import org.xuncha.demo.internal.seed.Seeds;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;

/**
 * Loads the demo data set part by part, each exactly once, into modules that hold no data yet, as
 * {@code Caller.system("demo")} through the modules' own services (so every record is checked and
 * audited like any other). Parts are offered by their components as their modules appear; one
 * worker thread loads them in dependency order and records the outcome, which survives restarts:
 * a part that was loaded, skipped (its module already held data) or failed is never tried again.
 */
@Component(service = DemoLoader.class, configurationPid = DemoLoader.PID, immediate = true)
@Designate(ocd = DemoConfig.class)
public class DemoLoader implements DemoIds {

    public static final String PID = "org.xuncha.demo";
    static final String MODULE = "demo";
    static final String LOADED = "LOADED";
    static final String SKIPPED = "SKIPPED";
    static final String FAILED = "FAILED";
    /** The part components, in load order; disabled unless demo mode is on. */
    static final List<String> PARTS = List.of(ReferencePart.class.getName(), AccountsPart.class.getName(),
            ExampleNotesPart.class.getName(), RoundPlanningPart.class.getName(), LeadTransferPart.class.getName(),
            InterviewRecordsPart.class.getName(), RectificationPart.class.getName(),
            PersonnelPoolsPart.class.getName(), EvaluationPart.class.getName());
    /** The modules' synthetic-data generators, enabled and disabled with the parts. */
    static final List<String> GENERATORS = List.of(RoundsGenerator.class.getName(), LeadsGenerator.class.getName(),
            InterviewsGenerator.class.getName());
    /** Parts of the data set whose modules offer no write service yet: data only, for now. */
    static final List<String> DATA_ONLY = List.of("rectification (thematic-reports)");

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private final ComponentContext context;
    private final EntityManagerFactory emf;
    private final Transactions tx;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, DemoPart> offered = new ConcurrentHashMap<>();
    /** Offers not yet processed: zero when the loader is idle. */
    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xuncha-demo");
        t.setDaemon(true);
        return t;
    });
    private final SchemaMigrator migrator;
    private volatile boolean enabled;
    private volatile boolean migrated;
    private volatile Seeds seeds;

    /** A part's record, as the status command shows it. */
    public record PartStatus(String part, String module, String status, int rows, long millis, LocalDateTime finishedAt, String message) {
    }

    @Activate
    public DemoLoader(ComponentContext context, DemoConfig config,
                      @Reference(target = "(osgi.unit.name=xuncha.demo)") EntityManagerFactory emf,
                      @Reference SchemaMigrator migrator, @Reference Transactions tx, @Reference AuditTrail audit,
                      @Reference Clock clock) {
        // the demo's own tables are created only when demo mode is on: a production start creates none
        this.migrator = migrator;
        this.context = context;
        this.emf = emf;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
        apply(config);
    }

    @Modified
    void modified(DemoConfig config) {
        apply(config);
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }

    private synchronized void apply(DemoConfig config) {
        boolean was = enabled;
        enabled = config.enabled();
        if (enabled && !migrated) {
            migrator.migrate(MODULE, getClass().getClassLoader(), "db/demo/changelog.xml");
            migrated = true;
        }
        if (enabled && !was) {
            LOG.warn("演示模式已开启：空数据库将载入演示数据 / DEMO MODE is on: an empty database gets the demo data set (PID {})", PID);
            PARTS.forEach(context::enableComponent);
            GENERATORS.forEach(context::enableComponent);
        } else if (!enabled && was) {
            LOG.info("演示模式已关闭 / demo mode is off");
            PARTS.forEach(context::disableComponent);
            GENERATORS.forEach(context::disableComponent);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Called by a part component when it activates (its module is present and demo mode on). */
    void offer(DemoPart part) {
        offered.put(part.id(), part);
        pending.incrementAndGet();
        worker.execute(() -> {
            try {
                process();
            } finally {
                pending.decrementAndGet();
            }
        });
    }

    void withdraw(DemoPart part) {
        offered.remove(part.id(), part);
    }

    /** The validated data set; read once. */
    Seeds seeds() {
        Seeds s = seeds;
        if (s == null) {
            s = Seeds.fromClassLoader(getClass().getClassLoader());
            List<String> errors = SeedCheck.check(s);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("the demo data set is invalid (" + errors.size() + " problems), first: "
                        + errors.subList(0, Math.min(5, errors.size())));
            }
            SeedFigures.mismatches(s).forEach(m -> LOG.warn("Demo data set: {}", m));
            seeds = s;
        }
        return s;
    }

    /** Loads every offered part whose turn has come; runs on the worker thread only. */
    private void process() {
        boolean progress = true;
        while (enabled && progress) {
            progress = false;
            Map<String, String> done = new HashMap<>();
            status().forEach(p -> done.put(p.part(), p.status()));
            List<DemoPart> parts = new ArrayList<>(offered.values());
            parts.sort(Comparator.comparingInt(p -> PARTS.indexOf(p.getClass().getName())));
            for (DemoPart part : parts) {
                if (done.containsKey(part.id())) {
                    continue;
                }
                List<String> pending = part.after().stream().filter(a -> !LOADED.equals(done.get(a))).toList();
                if (pending.stream().anyMatch(done::containsKey)) {
                    // What it builds on was skipped or failed: this is no demo database.
                    record(part, SKIPPED, 0, 0, "依赖的部分未加载 / not loaded because " + pending + " was not");
                    progress = true;
                } else if (pending.isEmpty()) {
                    load(part);
                    progress = true;
                }
                if (progress) {
                    break;
                }
            }
        }
    }

    private void load(DemoPart part) {
        Caller caller = Caller.system(MODULE);
        long start = System.nanoTime();
        try {
            Seeds s = seeds();
            if (!part.isEmpty(caller)) {
                LOG.info("Demo part {}: module {} already holds data, nothing loaded", part.id(), part.module());
                record(part, SKIPPED, 0, elapsed(start), "模块已有数据，未载入 / the module already held data");
                return;
            }
            LOG.info("Loading demo part {} into module {}", part.id(), part.module());
            int rows = part.load(s, caller, this);
            record(part, LOADED, rows, elapsed(start), null);
            LOG.info("Demo part {} loaded: {} records in {} ms", part.id(), rows, elapsed(start));
        } catch (RuntimeException e) {
            LOG.error("Demo part {} failed; it will not be tried again (see xuncha:demo-status)", part.id(), e);
            String message = String.valueOf(e.getMessage());
            if (e instanceof ApiException api && !api.fields().isEmpty()) {
                // Which fields the module refused, so xuncha:demo-status says what to fix in the seed.
                message += " " + api.fields().stream().map(f -> f.field() + ": " + f.message()).toList();
            }
            record(part, FAILED, 0, elapsed(start), message.length() > 500 ? message.substring(0, 500) : message);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void record(DemoPart part, String status, int rows, long millis, String message) {
        tx.write(emf, em -> {
            DemoPartEntity e = new DemoPartEntity();
            e.part = part.id();
            e.module = part.module();
            e.status = status;
            e.rows = rows;
            e.millis = millis;
            e.finishedAt = LocalDateTime.now(clock);
            e.message = message;
            em.persist(e);
            audit.record(em, Caller.system(MODULE), AuditEntry.of(AuditAction.IMPORT, MODULE, "part", part.id(),
                    "演示数据 " + part.id() + " → " + part.module() + "：" + status + "，" + rows + " 条"));
            return null;
        });
    }

    /** What was done with each part, in load order. */
    public List<PartStatus> status() {
        if (!migrated) {
            return List.of();
        }
        return tx.read(emf, em -> em.createQuery("select p from DemoPartEntity p order by p.finishedAt, p.part", DemoPartEntity.class)
                .getResultList().stream()
                .map(p -> new PartStatus(p.part, p.module, p.status, p.rows, p.millis, p.finishedAt, p.message)).toList());
    }

    /** Whether every offer has been processed. */
    public boolean idle() {
        return pending.get() == 0;
    }

    /** Ids of the parts whose modules are present (and demo mode on). */
    public List<String> present() {
        return offered.values().stream().sorted(Comparator.comparingInt(p -> PARTS.indexOf(p.getClass().getName())))
                .map(DemoPart::id).toList();
    }

    /** Parts present but not loaded yet (waiting for what they build on), by id → module. */
    public Map<String, String> waiting() {
        Map<String, String> w = new LinkedHashMap<>();
        offered.values().forEach(p -> w.put(p.id(), p.module()));
        status().forEach(p -> w.remove(p.part()));
        return w;
    }

    @Override
    public long id(String kind, String seedKey) {
        DemoKeyEntity k = tx.read(emf, em -> em.find(DemoKeyEntity.class, kind + ":" + seedKey));
        if (k == null) {
            throw new IllegalStateException("demo record " + kind + ":" + seedKey + " was never loaded");
        }
        return k.targetId;
    }

    @Override
    public void remember(String kind, Map<String, Long> ids) {
        tx.write(emf, em -> {
            ids.forEach((key, id) -> em.persist(new DemoKeyEntity(kind + ":" + key, id)));
            return null;
        });
    }
}
