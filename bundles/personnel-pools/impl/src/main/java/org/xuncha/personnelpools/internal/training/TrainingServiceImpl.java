package org.xuncha.personnelpools.internal.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.EntryStatus;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.PoolKind;
import org.xuncha.personnelpools.api.Training;
import org.xuncha.personnelpools.api.TrainingKind;
import org.xuncha.personnelpools.api.TrainingReports;
import org.xuncha.personnelpools.api.TrainingService;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.secondment.RoundPeople;
import org.xuncha.personnelpools.internal.ReferencedIds;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Training events and their attendance. A training belongs to the office holding it (its
 * division); the trainer comes from that office's trainer pool; the round of a 一轮一培训 is looked
 * up in round planning (503 while it is away). Every change is audited with the training.
 */
@Component(service = TrainingService.class)
public class TrainingServiceImpl implements TrainingService {

    static final Map<String, String> SORT = Map.of("date", "t.date", "kind", "t.kind", "title", "t.title", "id", "t.id");

    private final ModuleStore store;
    private final ReferenceDataService reference;
    private final RoundPeople people;

    @Activate
    public TrainingServiceImpl(@Reference Store store, @Reference ReferenceDataService reference, @Reference RoundPeople people) {
        this.store = store.db();
        this.reference = reference;
        this.people = people;
    }

    @Override
    public Training create(Caller caller, Training.Draft d) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        Checks checks = TrainingRules.faults(d);
        RoundRef round = d.roundId() == null ? null : people.round(caller, d.roundId());
        String division = d.divisionCode() != null ? d.divisionCode() : round != null ? round.divisionCode() : caller.divisionCode();
        checks.check(division == null, "divisionCode", "required", "请指定举办培训的巡察机构（行政区划）", "Name the office holding the training (divisionCode)");
        // the platform's shared check of referenced ids: 400 unknown, 403 outside the caller's divisions, naming the field
        Person trainer = d.trainerPersonId() == null ? null
                : ReferencedIds.into(checks, () -> reference.referencedPersons(caller, Map.of("trainerPersonId", d.trainerPersonId())))
                .get("trainerPersonId");
        checks.check(trainer != null && !inTrainerPool(caller, trainer.id()), "trainerPersonId", "not_trainer",
                "授课人须在巡察师资库中：" + (trainer == null ? "" : trainer.name()), "The trainer must be in the trainer pool");
        List<Long> inviteeIds = d.inviteeIds() == null ? List.of() : d.inviteeIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, Person> invitees = persons(caller, inviteeIds, "inviteeIds", checks);
        checks.throwIfInvalid();
        caller.requireDivision(division);
        Training saved = store.write(em -> {
            TrainingEntity e = new TrainingEntity();
            e.kind = d.kind();
            e.title = d.title().trim();
            e.roundId = d.roundId();
            e.trainerPersonId = trainer.id();
            e.trainerName = trainer.name();
            e.date = d.date();
            e.hours = d.hours();
            e.location = d.location() == null || d.location().isBlank() ? null : d.location().trim();
            e.divisionCode = division;
            e.createdBy = caller.username();
            e.createdAt = store.now();
            inviteeIds.forEach(id -> e.attendance.add(AttendanceRow.of(id, invitees.get(id).name(), true)));
            em.persist(e);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "training", e.id, "登记培训 " + e.id + "（" + e.kind.nameZh() + "，" + e.date + "，"
                    + e.hours + " 学时，受邀 " + inviteeIds.size() + " 人）");
            return e.toValue();
        });
        return saved;
    }

    @Override
    public Training training(Caller caller, long id) {
        caller.require(PersonnelPoolsPermissions.READ);
        return store.read(em -> visible(caller, TrainingEntity.load(em, id)).toValue());
    }

    @Override
    public Page<Training> trainings(Caller caller, Integer year, TrainingKind kind, Long roundId, PageRequest page) {
        caller.require(PersonnelPoolsPermissions.READ);
        Where w = Where.scoped(caller, "t.divisionCode", null).eq("t.kind", "kind", kind).eq("t.roundId", "round", roundId);
        if (year != null) {
            new Checks().range("year", year, 1949, 9999, "年度", "year").throwIfInvalid();
            w.atLeast("t.date", "from", LocalDate.of(year, 1, 1)).atMost("t.date", "to", LocalDate.of(year, 12, 31));
        }
        Page<TrainingEntity> found = store.read(em -> w.page(em, TrainingEntity.class, "t", Where.orderBy(page, SORT, "t.id"), page));
        return new Page<>(found.items().stream().map(TrainingEntity::toValue).toList(), found.total(), found.page(), found.size());
    }

    @Override
    public Training invite(Caller caller, long id, List<Long> personIds) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        Checks checks = new Checks().required("personIds", personIds == null || personIds.isEmpty() ? null : personIds, "受邀人", "invitees");
        checks.throwIfInvalid();
        checks.check(personIds.stream().anyMatch(java.util.Objects::isNull), "personIds", "invalid", "受邀人不能为空", "an invitee cannot be empty");
        checks.check(personIds.size() > Training.INVITEES_MAX, "personIds", "too_long", "受邀人最多 " + Training.INVITEES_MAX + " 人",
                "at most " + Training.INVITEES_MAX + " invitees");
        checks.throwIfInvalid();
        Map<Long, Person> persons = persons(caller, personIds, "personIds", checks);
        checks.throwIfInvalid();
        return store.write(em -> {
            TrainingEntity e = visible(caller, TrainingEntity.load(em, id));
            int added = 0;
            for (Long p : new LinkedHashMap<>(persons).keySet()) {
                AttendanceRow row = e.row(p);
                if (row == null) {
                    e.attendance.add(AttendanceRow.of(p, persons.get(p).name(), true));
                    added++;
                } else {
                    row.invited = true;
                }
            }
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "training", e.id, "培训 " + e.id + " 增加受邀人 " + added + " 人");
            return e.toValue();
        });
    }

    @Override
    public Training signIn(Caller caller, long id, long personId) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        Person person = reference.person(caller, personId).orElseThrow(() -> new ApiException(404, "not_found", "人员不存在：" + personId,
                "No such person: " + personId, List.of(new FieldError("personId", "not_found", "人员不存在：" + personId, "No such person: " + personId))));
        return store.write(em -> {
            TrainingEntity e = visible(caller, TrainingEntity.load(em, id));
            TrainingRules.checkOfficeSignIn(e.date, store.today());
            return signIn(em, caller, e, person.id(), person.name(), "由 " + caller.username() + " 登记签到");
        });
    }

    @Override
    public Training selfSignIn(Caller caller, long id) {
        caller.require(PersonnelPoolsPermissions.TRAINING_SIGN_IN);
        return store.write(em -> {
            TrainingEntity e = TrainingEntity.load(em, id);
            // the caller may sign in (the permission holds); an account linked to no person is a state of the
            // account the office can mend, not a refusal of the permission: 409, after the event is known to exist
            if (caller.personId() == null) {
                throw ApiException.conflict("no_person", "您的账号未关联干部信息，不能本人签到，请由巡察办登记",
                        "Your account is linked to no person; the office can sign you in");
            }
            long personId = caller.personId();
            AttendanceRow row = e.row(personId);
            TrainingRules.checkSelfSignIn(e.date, store.today(), row != null && row.invited);
            return signIn(em, caller, e, personId, row.personName, "本人签到");
        });
    }

    private Training signIn(EntityManager em, Caller caller, TrainingEntity e, long personId, String name, String how) {
        AttendanceRow row = e.row(personId);
        if (row != null && row.signedInAt != null) {
            throw ApiException.conflict("already_signed_in", name + "已签到（" + row.signedInAt.toLocalDate() + "）", name + " has signed in already");
        }
        if (row == null) {
            row = AttendanceRow.of(personId, name, false);
            e.attendance.add(row);
        }
        row.signedInAt = store.now();
        row.signedInBy = caller.username();
        em.flush();
        store.audit(em, caller, AuditAction.UPDATE, "training", e.id, "培训 " + e.id + " 签到：人员 " + personId + "，" + how);
        return e.toValue();
    }

    @Override
    public List<TrainingReports.PersonHours> hours(Caller caller, int year) {
        caller.require(PersonnelPoolsPermissions.READ);
        new Checks().range("year", year, 1949, 9999, "年度", "year").throwIfInvalid();
        Where w = Where.scoped(caller, "t.divisionCode", null).atLeast("t.date", "from", LocalDate.of(year, 1, 1))
                .atMost("t.date", "to", LocalDate.of(year, 12, 31)).and("a.signedInAt is not null");
        return store.read(em -> w.bind(em.createQuery("select a.personId, a.personName, sum(t.hours), count(t) from TrainingEntity t join t.attendance a"
                        + w.sql() + " group by a.personId, a.personName order by sum(t.hours) desc, a.personId", Object[].class)).getResultList())
                .stream().map(r -> new TrainingReports.PersonHours(((Number) r[0]).longValue(), (String) r[1], year, ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue())).toList();
    }

    @Override
    public TrainingReports.RoundAttendance roundAttendance(Caller caller, long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        people.round(caller, roundId);
        Map<Long, String[]> seconded = new LinkedHashMap<>();
        people.of(roundId).values().forEach(p -> seconded.put(p.personId(), new String[] {p.name(), p.groupName()}));
        List<TrainingEntity> trainings = store.read(em -> em.createQuery(
                "select t from TrainingEntity t where t.roundId = :r and t.kind = :k order by t.id", TrainingEntity.class)
                .setParameter("r", roundId).setParameter("k", TrainingKind.ROUND).getResultList());
        Set<Long> attended = new HashSet<>();
        trainings.forEach(t -> t.attendance.stream().filter(a -> a.signedInAt != null).forEach(a -> attended.add(a.personId)));
        return new TrainingReports.RoundAttendance(roundId, trainings.stream().map(t -> t.id).toList(), seconded.size(),
                TrainingRules.missing(seconded, attended));
    }

    private static TrainingEntity visible(Caller caller, TrainingEntity e) {
        if (!caller.scope().coversDivision(e.divisionCode)) {
            throw ApiException.outOfScope();
        }
        return e;
    }

    /**
     * The persons named, through the platform's shared check of referenced ids: every unknown one a
     * 400, then any outside the caller's divisions a 403, naming {@code field[i]}.
     */
    private Map<Long, Person> persons(Caller caller, List<Long> ids, String field, Checks checks) {
        Map<String, Long> byField = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byField.put(field + "[" + i + "]", ids.get(i));
        }
        Map<Long, Person> found = new LinkedHashMap<>();
        ReferencedIds.into(checks, () -> reference.referencedPersons(caller, byField)).values().forEach(p -> found.put(p.id(), p));
        return found;
    }

    private boolean inTrainerPool(Caller caller, long personId) {
        Where w = Where.scoped(caller, "e.divisionCode", null).eq("e.personId", "person", personId).eq("e.pool", "pool", PoolKind.TRAINER)
                .in("e.status", "inPool", List.of(EntryStatus.ACTIVE, EntryStatus.PENDING_EXIT));
        return store.read(em -> w.count(em, org.xuncha.personnelpools.internal.pool.EntryEntity.class, "e")) > 0;
    }
}
