package org.xuncha.demo.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.platform.api.reference.Division;
import org.xuncha.platform.api.reference.DivisionLevel;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * Synthetic, well-formed data at a chosen size for load and scale tests, written through the
 * modules' bulk interfaces ({@link ReferenceImport}: one transaction per batch, every row checked
 * and audited). Only in demo mode, and only for the system administrator (who may
 * install and remove modules, {@code platform.modules.manage}); the writes are made as
 * {@code system:demo-generate} and the run itself is audited under the administrator's name.
 */
@Component(service = Generator.class)
public class Generator {

    static final String MODULES_MANAGE = "platform.modules.manage";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭";
    private static final String GIVEN = "建国华明军伟强磊洋勇杰涛斌超鹏辉刚平东红霞燕敏静丽娟芳玲萍婷雪梅峰宇浩凯亮晨琳颖欣宁海波林志文学庆春秋冬兵永德立新";

    private final DemoLoader loader;
    private final ReferenceDataService reference;
    private final SpreadsheetService spreadsheets;
    private final AuditTrail audit;
    private final List<ModuleGenerator> modules = new CopyOnWriteArrayList<>();

    /** What to generate; module parts are counts for the modules' generators. */
    public record Request(int units, int personsPerUnit, String division, int rounds, int problems, int leads, int interviews,
                          long seed, int batch) {
    }

    @Activate
    public Generator(@Reference DemoLoader loader, @Reference ReferenceDataService reference,
                     @Reference SpreadsheetService spreadsheets, @Reference AuditTrail audit) {
        this.loader = loader;
        this.reference = reference;
        this.spreadsheets = spreadsheets;
        this.audit = audit;
    }

    public void generate(Caller caller, Request r, PrintStream out) {
        caller.require(MODULES_MANAGE);
        if (!loader.enabled()) {
            throw ApiException.conflict("demo_off", "演示模式未开启，不能生成合成数据（PID " + DemoLoader.PID + " enabled=true）",
                    "Demo mode is off: synthetic data can only be generated in demo mode");
        }
        if (r.units() < 0 || r.personsPerUnit() < 0 || r.units() > 5_000_000 || r.batch() < 1 || r.batch() > 10_000) {
            throw ApiException.badRequest("bad_size", "数量超出范围", "size out of range");
        }
        audit.record(caller, AuditEntry.of(AuditAction.IMPORT, DemoLoader.MODULE, "dataset", null, "生成合成数据：单位 " + r.units()
                + "，每单位干部 " + r.personsPerUnit() + "，轮次 " + r.rounds() + "，问题 " + r.problems() + "，线索 " + r.leads()
                + "，谈话 " + r.interviews()));
        Caller system = Caller.system("demo-generate");
        List<Division> divisions = divisions(system, r.division());
        Random random = new Random(r.seed());
        ReferenceImport imports = new ReferenceImport(reference, spreadsheets, r.batch());
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        List<String[]> classes = classifications();
        long start = System.nanoTime();
        int done = 0;
        while (done < r.units()) {
            int n = Math.min(r.batch(), r.units() - done);
            List<List<Object>> units = new ArrayList<>(n);
            List<List<Object>> persons = new ArrayList<>(n * r.personsPerUnit());
            for (int i = done; i < done + n; i++) {
                Division d = divisions.get(i % divisions.size());
                String[] c = classes.get(i % classes.size());
                String code = "G" + run + "-" + (i + 1);
                units.add(ReferenceImport.unitRow(code, d.nameZh() + "合成单位" + (i + 1) + "党组", d.code(), null, c[0], c[1], c[2]));
                for (int p = 0; p < r.personsPerUnit(); p++) {
                    Person.Leadership lead = p == 0 ? Person.Leadership.TOP_LEADER : p < 3 ? Person.Leadership.LEADING_GROUP : Person.Leadership.STAFF;
                    String post = p == 0 ? "党组书记" : p < 3 ? "党组成员" : "干部";
                    persons.add(ReferenceImport.personRow(name(random) + (p + 1), code, post, p == 0 ? "正科级" : "科员", lead));
                }
            }
            imports.units(system, units);
            imports.persons(system, persons);
            done += n;
            double seconds = (System.nanoTime() - start) / 1e9;
            if (done == r.units() || done / r.batch() % 10 == 0) {
                out.printf("单位 units %d/%d, 干部 persons %d (%.0f rows/s)%n", done, r.units(), (long) done * r.personsPerUnit(),
                        done * (1.0 + r.personsPerUnit()) / seconds);
            }
        }
        moduleParts(system, r, "G" + run, random, out);
    }

    void register(ModuleGenerator g) {
        modules.add(g);
    }

    void unregister(ModuleGenerator g) {
        modules.remove(g);
    }

    /**
     * The modules' shares over the units just generated: rounds, groups and targets (round-planning),
     * problems and leads (lead-transfer), interviews (interview-records), each through its module's
     * services; skipped with a message when the module is not installed or there are no rounds.
     */
    private void moduleParts(Caller system, Request r, String run, Random random, PrintStream out) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        wanted.put("round-planning", r.rounds());
        wanted.put("lead-transfer", r.problems() + r.leads());
        wanted.put("interview-records", r.interviews());
        if (wanted.values().stream().allMatch(n -> n <= 0)) {
            return;
        }
        List<ModuleGenerator> present = modules.stream().sorted(Comparator.comparingInt(ModuleGenerator::order)).toList();
        wanted.forEach((module, n) -> {
            if (n > 0 && present.stream().noneMatch(g -> g.module().equals(module))) {
                out.println("跳过 skipped " + module + " × " + n + "：该模块未安装 / the module is not installed");
            }
        });
        List<Unit> units = reference.allUnits(system, new UnitQuery(run.toLowerCase() + "-", null, null, null, null, null, false));
        Set<Long> unitIds = units.stream().map(Unit::id).collect(Collectors.toSet());
        Map<Long, List<Long>> persons = new HashMap<>();
        Page.all(null, Set.of("id"), "id", page -> reference.findPersons(system, PersonQuery.all(), page)).stream()
                .filter(x -> unitIds.contains(x.unitId())).forEach(x -> persons.computeIfAbsent(x.unitId(), k -> new ArrayList<>()).add(x.id()));
        ModuleGenerator.Synthetic data = new ModuleGenerator.Synthetic(units, persons);
        for (ModuleGenerator g : present) {
            if (wanted.get(g.module()) <= 0) {
                continue;
            }
            if (g.order() > 0 && data.slots.isEmpty()) {
                out.println("跳过 skipped " + g.module() + "：本次未生成轮次（--rounds）/ no rounds generated in this run (--rounds)");
                continue;
            }
            g.generate(system, r, data, random, out);
        }
    }

    private List<Division> divisions(Caller system, String only) {
        if (reference.divisions(system).isEmpty()) {
            // An empty database: the seed's divisions, the city first.
            for (Map<String, String> d : loader.seeds().rows("reference/divisions.csv")) {
                reference.saveDivision(system, new Division(d.get("code"), d.get("name_zh"), d.get("name_en"),
                        DivisionLevel.valueOf(d.get("level")), d.get("parent_code").isEmpty() ? null : d.get("parent_code")));
            }
        }
        List<Division> all = reference.divisions(system);
        if (only == null) {
            return all;
        }
        return List.of(all.stream().filter(d -> d.code().equals(only)).findFirst()
                .orElseThrow(() -> ApiException.notFound("区划", "division", only)));
    }

    /** The field / sector / system combinations of the data set, so generated units classify like real ones. */
    private List<String[]> classifications() {
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Map<String, String> u : loader.seeds().rows("reference/units.csv")) {
            seen.add(List.of(u.get("field"), u.get("sector"), u.get("system")));
        }
        return seen.stream().map(l -> l.toArray(String[]::new)).toList();
    }



    static String name(Random random) {
        return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }
}
