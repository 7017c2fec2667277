package org.xuncha.personnelpools.internal.pool;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PersonnelPoolsEvents;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolEntry;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.PoolService;
import org.xuncha.personnelpools.internal.Settings;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.profile.ProfileFacts;
import org.xuncha.personnelpools.internal.secondment.SecondmentRecords;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;

/**
 * The pools. An entry belongs to the office whose pool it is (its division); a city office sees its
 * counties' pools too, a county office its own. Admission and exit take effect on the office's
 * approval; the eligibility rules are checked on application and again on approval.
 */
@Component(service = PoolService.class)
public class PoolServiceImpl implements PoolService {

    static final int EXPORT_MAX = 100_000;

    private final ModuleStore store;
    private final ReferenceDataService reference;
    private final SpreadsheetService sheets;
    private final ProfileFacts profiles;
    private final SecondmentRecords secondments;
    private final Settings settings;

    @Activate
    public PoolServiceImpl(@Reference Store store, @Reference ReferenceDataService reference, @Reference SpreadsheetService sheets,
                           @Reference ProfileFacts profiles, @Reference SecondmentRecords secondments, @Reference Settings settings) {
        this.store = store.db();
        this.reference = reference;
        this.sheets = sheets;
        this.profiles = profiles;
        this.secondments = secondments;
        this.settings = settings;
    }

    @Override
    public Page<PoolEntry> entries(Caller caller, PoolEntry.Query query, PageRequest page) {
        caller.require(PersonnelPoolsPermissions.READ);
        Page<EntryEntity> found = store.read(em -> filter(caller, query).page(em, EntryEntity.class, "e", Where.orderBy(page, PoolRules.SORT, "e.id"), page));
        List<PoolEntry> items = values(caller, found.items());
        return new Page<>(items, found.total(), found.page(), found.size());
    }

    @Override
    public PoolEntry entry(Caller caller, long id) {
        caller.require(PersonnelPoolsPermissions.READ);
        return values(caller, List.of(find(caller, id))).get(0);
    }

    @Override
    public PoolEntry apply(Caller caller, PoolEntry.Draft draft) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        PoolRules.check(draft);
        String division = PoolRules.trim(draft.divisionCode()) != null ? draft.divisionCode().trim() : caller.divisionCode();
        new Checks().required("divisionCode", division, "行政区划", "division").throwIfInvalid();
        // the platform's shared check of referenced ids: 400 unknown, 403 outside the caller's divisions, naming the field
        reference.referencedDivision(caller, "divisionCode", division);
        Person person = reference.referencedPersons(caller, Map.of("personId", draft.personId())).get("personId");
        new Checks().check(!person.active(), "personId", "inactive", "该人员已不在职", "The person is no longer active")
                .throwIfInvalid();
        requireEligible(person, draft.pool());
        EntryEntity saved = store.write(em -> {
            long open = em.createQuery("select count(e) from EntryEntity e where e.personId = :p and e.pool = :k and e.divisionCode = :d"
                    + " and e.status in :open", Long.class).setParameter("p", person.id()).setParameter("k", draft.pool())
                    .setParameter("d", division).setParameter("open", List.of(EntryStatus.PENDING_ADMISSION, EntryStatus.ACTIVE, EntryStatus.PENDING_EXIT))
                    .getSingleResult();
            if (open > 0) {
                throw ApiException.conflict("already_in_pool", person.name() + "已在" + draft.pool().nameZh() + "中或正在申请入库",
                        person.name() + " is in the pool of " + draft.pool().nameEn() + " already, or being admitted");
            }
            EntryEntity e = new EntryEntity();
            e.personId = person.id();
            e.personName = person.name();
            e.divisionCode = division;
            e.pool = draft.pool();
            e.source = PoolRules.trim(draft.source());
            e.since = draft.since();
            e.status = EntryStatus.PENDING_ADMISSION;
            e.admissionReason = draft.reason().trim();
            e.appliedBy = caller.username();
            e.appliedAt = store.now();
            em.persist(e);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "pool_entry", e.id, "申请入" + e.pool.nameZh() + "：人员 " + e.personId + "，理由：" + e.admissionReason);
            return e;
        });
        return values(caller, List.of(saved)).get(0);
    }

    @Override
    public PoolEntry decide(Caller caller, long id, PoolEntry.Decision decision) {
        caller.require(PersonnelPoolsPermissions.APPROVE);
        PoolRules.check(decision);
        EntryEntity before = find(caller, id);
        boolean approve = decision.approve();
        if (approve && before.status == EntryStatus.PENDING_ADMISSION) {
            // the person's rank or case may have changed since the application
            Person person = reference.person(caller, before.personId).orElseThrow(() -> ApiException.notFound("人员", "person", before.personId));
            requireEligible(person, before.pool);
        }
        EntryEntity saved = store.write(em -> {
            EntryEntity e = em.find(EntryEntity.class, id);
            EntryStatus from = e.status;
            e.status = switch (from) {
                case PENDING_ADMISSION -> approve ? EntryStatus.ACTIVE : EntryStatus.REJECTED;
                case PENDING_EXIT -> approve ? EntryStatus.EXITED : EntryStatus.ACTIVE;
                default -> throw ApiException.conflict("not_pending", "该记录没有待审批的入库或出库申请（当前：" + from.nameZh() + "）",
                        "Nothing to decide: the entry is " + from.nameEn());
            };
            if (e.status == EntryStatus.ACTIVE && from == EntryStatus.PENDING_ADMISSION && e.since == null) {
                e.since = store.today();
            }
            e.decidedBy = caller.username();
            e.decidedAt = store.now();
            e.decisionNote = PoolRules.trim(decision.note());
            em.flush();
            store.audit(em, caller, AuditAction.TRANSITION, "pool_entry", e.id, (approve ? "批准" : "不予批准")
                    + (from == EntryStatus.PENDING_ADMISSION ? "入库" : "出库") + "（" + e.pool.nameZh() + "，人员 " + e.personId + "）："
                    + from.nameZh() + " → " + e.status.nameZh() + (e.decisionNote == null ? "" : "，意见：" + e.decisionNote));
            return e;
        });
        store.post(PersonnelPoolsEvents.ENTRY_DECIDED, caller, saved.id, PersonnelPoolsEvents.PERSON_ID, saved.personId,
                PersonnelPoolsEvents.POOL, saved.pool.name(), PersonnelPoolsEvents.STATUS, saved.status.name());
        return values(caller, List.of(saved)).get(0);
    }

    @Override
    public PoolEntry applyExit(Caller caller, long id, PoolEntry.Exit exit) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        PoolRules.check(exit);
        find(caller, id);
        EntryEntity saved = store.write(em -> {
            EntryEntity e = em.find(EntryEntity.class, id);
            if (e.status != EntryStatus.ACTIVE) {
                throw ApiException.conflict("not_in_pool", "只有在库人员才能申请出库（当前：" + e.status.nameZh() + "）",
                        "Only an entry in the pool can exit (it is " + e.status.nameEn() + ")");
            }
            e.status = EntryStatus.PENDING_EXIT;
            e.exitReason = exit.reason().trim();
            e.appliedBy = caller.username();
            e.appliedAt = store.now();
            em.flush();
            store.audit(em, caller, AuditAction.TRANSITION, "pool_entry", e.id, "申请出" + e.pool.nameZh() + "：人员 " + e.personId + "，理由：" + e.exitReason);
            return e;
        });
        return values(caller, List.of(saved)).get(0);
    }

    @Override
    public byte[] export(Caller caller, PoolEntry.Query query) {
        caller.require(PersonnelPoolsPermissions.READ);
        Where w = filter(caller, query);
        List<EntryEntity> all = store.read(em -> w.bind(em.createQuery("select e from EntryEntity e" + w.sql() + " order by e.pool, e.personName, e.id",
                EntryEntity.class)).setMaxResults(EXPORT_MAX).getResultList());
        List<List<Object>> rows = new ArrayList<>();
        for (PoolEntry e : values(caller, all)) {
            rows.add(java.util.Arrays.asList(e.pool().nameZh(), e.personName(), e.rank(), e.homeUnitName(), String.join("、", e.specialties()),
                    e.source(), e.since(), e.status().nameZh(), e.roundsServed(), e.admissionReason()));
        }
        byte[] xlsx = sheets.write(List.of(new SpreadsheetService.Sheet("人才库", "巡察干部人才库名单（" + store.today() + "）",
                List.of("人才库", "姓名", "职级", "工作单位", "专长", "来源", "入库时间", "状态", "参加巡察轮次", "入库理由"), rows)));
        store.audit(caller, AuditAction.EXPORT, "pool_entry", null, "导出巡察干部人才库名单 " + rows.size() + " 条");
        return xlsx;
    }

    @Override
    public Map<PoolKind, Long> sizes(Caller caller) {
        caller.require(PersonnelPoolsPermissions.READ);
        Where w = Where.scoped(caller, "e.divisionCode", null).in("e.status", "inPool", List.of(EntryStatus.ACTIVE, EntryStatus.PENDING_EXIT));
        Map<PoolKind, Long> out = new EnumMap<>(PoolKind.class);
        for (PoolKind k : PoolKind.values()) {
            out.put(k, 0L);
        }
        store.read(em -> w.bind(em.createQuery("select e.pool, count(e) from EntryEntity e" + w.sql() + " group by e.pool", Object[].class))
                .getResultList()).forEach(r -> out.put((PoolKind) r[0], ((Number) r[1]).longValue()));
        return out;
    }

    /** 409 {@code not_eligible}, naming every configured rule the person fails (each a field error on {@code personId}). */
    private void requireEligible(Person person, PoolKind pool) {
        ProfileFacts.Facts facts = profiles.of(person.id());
        int served = secondments.served(List.of(person.id())).getOrDefault(person.id(), 0);
        List<EligibilityRules.Failure> failures = EligibilityRules.failures(settings.eligibility(), pool,
                new EligibilityRules.Facts(person.rank(), facts.birthDate(), served, facts.caseOpen()), store.today());
        if (!failures.isEmpty()) {
            throw new ApiException(409, "not_eligible", person.name() + "不符合" + pool.nameZh() + "入库条件",
                    person.name() + " does not meet the conditions of the pool of " + pool.nameEn(),
                    failures.stream().map(f -> new FieldError("personId", f.rule(), f.messageZh(), f.messageEn())).toList());
        }
    }

    private EntryEntity find(Caller caller, long id) {
        EntryEntity e = store.read(em -> em.find(EntryEntity.class, id));
        if (e == null) {
            throw ApiException.notFound("入库记录", "pool entry", id);
        }
        caller.requireDivision(e.divisionCode);
        return e;
    }

    private static Where filter(Caller caller, PoolEntry.Query q) {
        PoolEntry.Query query = q == null ? new PoolEntry.Query(null, null, null, null) : q;
        Where w = Where.scoped(caller, "e.divisionCode", null).eq("e.pool", "pool", query.pool()).eq("e.status", "status", query.status())
                .like("text", query.text(), "e.personName");
        if (!Where.absent(query.specialty())) {
            w.and("e.personId in (select p.personId from ProfileEntity p join p.specialties s where s = :specialty)", "specialty",
                    query.specialty().trim());
        }
        return w;
    }

    /** Entries as handed out: with the person's rank and unit from reference data and their profile's specialties. */
    private List<PoolEntry> values(Caller caller, List<EntryEntity> entries) {
        List<Long> personIds = entries.stream().map(e -> e.personId).distinct().toList();
        Map<Long, Person> persons = reference.persons(caller, personIds);
        Map<Long, Unit> units = reference.units(caller, persons.values().stream().map(Person::unitId).filter(Objects::nonNull).distinct().toList());
        Map<Long, ProfileFacts.Facts> facts = profiles.of(personIds);
        Map<Long, Integer> served = secondments.served(personIds);
        return entries.stream().map(e -> {
            Person p = persons.get(e.personId);
            Unit u = p == null || p.unitId() == null ? null : units.get(p.unitId());
            return new PoolEntry(e.id, e.personId, e.personName, p == null ? null : p.rank(), p == null ? null : p.unitId(),
                    u == null ? null : u.name(), e.divisionCode, e.pool, e.source, e.since, e.status, facts.get(e.personId).specialties(),
                    served.getOrDefault(e.personId, 0), e.admissionReason, e.exitReason, e.appliedBy, e.decidedBy, e.decidedAt, e.decisionNote);
        }).toList();
    }
}
