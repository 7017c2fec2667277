package org.xuncha.personnelpools.internal;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.xuncha.personnelpools.internal.pool.PoolServiceImpl;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.personnelpools.internal.profile.ProfileServiceImpl;
import org.xuncha.personnelpools.internal.secondment.GroupMemberCheck;
import org.xuncha.personnelpools.internal.secondment.RoundPeople;
import org.xuncha.personnelpools.internal.secondment.Rounds;
import org.xuncha.personnelpools.internal.secondment.SecondmentFacts;
import org.xuncha.personnelpools.internal.secondment.SecondmentRecords;
import org.xuncha.personnelpools.internal.secondment.SecondmentServiceImpl;
import org.xuncha.personnelpools.internal.incentive.IncentiveServiceImpl;
import org.xuncha.personnelpools.internal.training.MaterialService;
import org.xuncha.personnelpools.internal.training.TrainingServiceImpl;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.Avoidance;
import org.xuncha.roundplanning.api.RoundDetail;
import org.xuncha.roundplanning.api.RoundPlanningService;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.testkit.Configs;
import org.xuncha.testkit.InMemoryAttachments;
import org.xuncha.testkit.InMemoryReferenceData;
import org.xuncha.testkit.InMemoryRounds;
import org.xuncha.testkit.TestCallers;
import org.xuncha.testkit.TestModuleStore;

/**
 * The module's services wired as Declarative Services wires them, on the module's own schema
 * (test kit), with reference data and round planning's directory in memory. Round planning's
 * service is played by {@link #planning}: the avoidances declared and the targets of whole rounds
 * a test sets (the test kit holds only round planning's directory).
 */
public final class TestModule implements AutoCloseable {

    public static final String CITY = TestCallers.CITY;
    public static final String COUNTY = TestCallers.COUNTY;

    public final TestModuleStore db = TestModuleStore.open("personnel-pools", Store.UNIT, Store.CHANGELOG);
    public final InMemoryReferenceData reference = new InMemoryReferenceData();
    public final InMemoryRounds directory = new InMemoryRounds();
    public final List<Avoidance> declared = new ArrayList<>();
    /** Sheets written by exports. */
    public final List<SpreadsheetService.Sheet> sheets = new ArrayList<>();
    public final Store store = new Store(db.emf(), db.stores());
    public final Settings settings;
    public final ProfileServiceImpl profiles;
    public final PoolServiceImpl pools;
    public final SecondmentServiceImpl secondments;
    public final Rounds rounds;
    /** The check this module registers with round planning's member-check whiteboard. */
    public final GroupMemberCheck memberCheck;
    public final TrainingServiceImpl trainings;
    public final IncentiveServiceImpl incentives;
    /** The platform's attachment store, in memory, and the training materials kept in it. */
    public final InMemoryAttachments attachments = new InMemoryAttachments();
    public final MaterialService materials;

    public TestModule() {
        this(Map.of());
    }

    /** With the configuration given (attribute name → value), the rest at its defaults. */
    public TestModule(Map<String, Object> config) {
        settings = new Settings(Configs.of(Settings.Config.class, config));
        ProfileFacts facts = new ProfileFacts(store);
        SecondmentRecords records = new SecondmentRecords(store);
        profiles = new ProfileServiceImpl(store, reference);
        pools = new PoolServiceImpl(store, reference, spreadsheets(), facts, records, settings);
        rounds = Rounds.of(directory, planning());
        SecondmentFacts secondmentFacts = new SecondmentFacts(store, rounds, reference, facts, records);
        secondments = new SecondmentServiceImpl(store, secondmentFacts, facts, records, settings);
        memberCheck = new GroupMemberCheck(secondmentFacts, records, settings);
        RoundPeople people = new RoundPeople(rounds, reference, records);
        trainings = new TrainingServiceImpl(store, reference, people);
        incentives = new IncentiveServiceImpl(store, people, spreadsheets(), settings);
        materials = new MaterialService(store, attachments);
        reference.addDivision(CITY, "聊城市", null);
        reference.addDivision(COUNTY, "阳谷县", CITY);
    }

    /** A staff cadre of the city working at {@code unitId}, 正科级. */
    public Person cadre(String name, long unitId) {
        Person p = reference.addPerson(name, unitId, "干部");
        return reference.add(new Person(p.id(), name, unitId, "干部", "正科级", Person.Leadership.STAFF, CITY, true, 0L));
    }

    /** {@code p} in the pool {@code kind}: applied for by the city's staff, approved by its leader. */
    public void admitted(Person p, PoolKind kind) {
        PoolEntry e = pools.apply(cityStaff(), new PoolEntry.Draft(p.id(), kind, null, null, null, "推荐"));
        pools.decide(cityLeader(), e.id(), new PoolEntry.Decision(true, null));
    }

    /** The city office: reads, writes and approves. */
    public static Caller cityLeader() {
        return TestCallers.office("city-leader", CITY, Set.of(CITY, COUNTY), null, InMemoryReferenceData.READ, PersonnelPoolsPermissions.READ,
                PersonnelPoolsPermissions.WRITE, PersonnelPoolsPermissions.APPROVE);
    }

    /** City office staff: reads and writes, does not approve. */
    public static Caller cityStaff() {
        return TestCallers.office("city-staff", CITY, Set.of(CITY, COUNTY), null, InMemoryReferenceData.READ, PersonnelPoolsPermissions.READ,
                PersonnelPoolsPermissions.WRITE);
    }

    /** The county office, which sees only itself. */
    public static Caller countyLeader() {
        return TestCallers.office("county-leader", COUNTY, Set.of(COUNTY), null, InMemoryReferenceData.READ, PersonnelPoolsPermissions.READ,
                PersonnelPoolsPermissions.WRITE, PersonnelPoolsPermissions.APPROVE);
    }

    /** The platform's spreadsheet writer as exports see it: what they write lands in {@link #sheets}. */
    public SpreadsheetService spreadsheets() {
        return new SpreadsheetService() {
            @Override
            public java.util.List<java.util.List<String>> readFirstSheet(java.io.InputStream xlsx) {
                throw new UnsupportedOperationException();
            }

            @Override
            public byte[] write(List<Sheet> written) {
                sheets.addAll(written);
                return new byte[] {'P', 'K'};
            }
        };
    }

    /** Round planning's service as far as this module asks it: declared avoidances, a round's targets (from the directory's groups), terms. */
    private RoundPlanningService planning() {
        return (RoundPlanningService) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {RoundPlanningService.class}, (proxy, m, args) -> {
            switch (m.getName()) {
                case "avoidances":
                    Long person = (Long) args[1];
                    return declared.stream().filter(a -> person == null || Objects.equals(a.personId(), person)).toList();
                case "round":
                    long roundId = (Long) args[1];
                    List<Target> targets = new ArrayList<>();
                    directory.groupsOfRound(roundId).forEach(g -> g.targetUnitIds().forEach(u -> targets.add(new Target(u, roundId, u, "U" + u,
                            "unit " + u, CITY, null, null, null, g.id(), Set.of(), List.of(), null))));
                    return new RoundDetail(null, targets, List.of(), List.of(), List.of(), List.of(), List.of());
                case "terms": // the terms of the directory (ids 1..20), whatever the division
                    List<org.xuncha.roundplanning.api.Term> terms = java.util.stream.LongStream.rangeClosed(1, 20).mapToObj(directory::term)
                            .flatMap(java.util.Optional::stream)
                            .map(t -> new org.xuncha.roundplanning.api.Term(t.id(), t.name(), t.divisionCode(), t.startDate(), t.endDate(), 0L)).toList();
                    return new org.xuncha.platform.api.rest.Page<>(terms, terms.size(), 1, 500);
                case "toString":
                    return "planning";
                default:
                    throw new UnsupportedOperationException(m.getName());
            }
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
