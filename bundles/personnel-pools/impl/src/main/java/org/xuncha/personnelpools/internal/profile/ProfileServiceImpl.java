package org.xuncha.personnelpools.internal.profile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.api.Profile;
import org.xuncha.personnelpools.api.ProfileService;
import org.xuncha.personnelpools.api.Specialty;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.ReferencedIds;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Profiles and the specialty vocabulary. A profile is scoped by the division of the person's unit;
 * every unit and person it names is looked up; relatives' relation and note are encrypted.
 */
@Component(service = ProfileService.class)
public class ProfileServiceImpl implements ProfileService {

    private final ModuleStore store;
    private final ReferenceDataService reference;

    @Activate
    public ProfileServiceImpl(@Reference Store store, @Reference ReferenceDataService reference) {
        this.store = store.db();
        this.reference = reference;
    }

    @Override
    public Profile profile(Caller caller, long personId) {
        caller.require(PersonnelPoolsPermissions.READ);
        Person person = person(caller, personId);
        ProfileEntity e = store.read(em -> em.find(ProfileEntity.class, personId));
        // relatives are 回避 declarations: reading them is a read of sensitive data
        store.audit(caller, AuditAction.READ, "profile", personId, "查阅巡察干部档案（含亲属申报）");
        return e == null ? new Profile(personId, person.divisionCode(), null, false, List.of(), List.of(), List.of(), List.of(), 0)
                : toValue(e);
    }

    @Override
    public Profile save(Caller caller, long personId, Profile.Draft draft) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        Checks checks = ProfileRules.check(draft);
        checks.throwIfInvalid();
        Person person = person(caller, personId);
        lookUp(caller, draft, checks);
        checks.throwIfInvalid();
        Profile saved = store.write(em -> {
            ProfileEntity e = em.find(ProfileEntity.class, personId);
            boolean created = e == null;
            long stored = created ? 0 : e.version;
            long sent = draft.version() == null ? 0 : draft.version();
            if (sent != stored) {
                throw ApiException.conflict("stale_version", "档案已被他人修改，请刷新后重试", "The profile was changed meanwhile; reload and try again");
            }
            if (created) {
                e = new ProfileEntity();
                e.personId = personId;
            }
            e.divisionCode = person.divisionCode();
            e.birthDate = draft.birthDate();
            e.caseOpen = Boolean.TRUE.equals(draft.disciplineCaseOpen());
            e.specialties.clear();
            for (String s : ProfileRules.list(draft.specialties())) {
                e.specialties.add(s.trim());
            }
            e.history.clear();
            for (Profile.Employment h : ProfileRules.list(draft.history())) {
                EmploymentRow r = new EmploymentRow();
                r.unitId = h.unitId();
                r.fromYear = h.fromYear();
                r.toYear = h.toYear();
                e.history.add(r);
            }
            e.relatives.clear();
            for (Profile.Relative rel : ProfileRules.list(draft.relatives())) {
                RelativeRow r = new RelativeRow();
                r.unitId = rel.unitId();
                r.relativePersonId = rel.personId();
                r.relation = store.encrypt(rel.relation().trim());
                r.note = store.encrypt(ProfileRules.trim(rel.note()));
                e.relatives.add(r);
            }
            e.availability.clear();
            for (Profile.Availability a : ProfileRules.list(draft.availability())) {
                AvailabilityRow r = new AvailabilityRow();
                r.from = a.from();
                r.to = a.to();
                e.availability.add(r);
            }
            e.updatedBy = caller.username();
            e.updatedAt = store.now();
            if (created) {
                em.persist(e);
            }
            em.flush();
            store.audit(em, caller, created ? AuditAction.CREATE : AuditAction.UPDATE, "profile", personId,
                    (created ? "建立" : "修改") + "巡察干部档案：专长" + e.specialties.size() + "项，工作经历" + e.history.size()
                            + "条，亲属申报" + e.relatives.size() + "条，可抽调时间" + e.availability.size() + "段");
            return toValue(e);
        });
        return saved;
    }

    /** Every unit, relative and specialty the draft names exists and is visible to the caller; errors go into {@code checks}. */
    private void lookUp(Caller caller, Profile.Draft d, Checks checks) {
        // the platform's shared check of referenced ids: every unknown one a 400, then any outside the caller's divisions a 403, by field
        Map<String, Long> unitIds = new LinkedHashMap<>();
        List<Profile.Employment> history = ProfileRules.list(d.history());
        for (int i = 0; i < history.size(); i++) {
            unitIds.put("history[" + i + "].unitId", history.get(i).unitId());
        }
        List<Profile.Relative> relatives = ProfileRules.list(d.relatives());
        Map<String, Long> personIds = new LinkedHashMap<>();
        for (int i = 0; i < relatives.size(); i++) {
            unitIds.put("relatives[" + i + "].unitId", relatives.get(i).unitId());
            personIds.put("relatives[" + i + "].personId", relatives.get(i).personId());
        }
        ReferencedIds.into(checks, () -> reference.referencedUnits(caller, unitIds));
        Map<String, Person> persons = ReferencedIds.into(checks, () -> reference.referencedPersons(caller, personIds));
        for (int i = 0; i < relatives.size(); i++) {
            Profile.Relative r = relatives.get(i);
            String f = "relatives[" + i + "]";
            Person p = persons.get(f + ".personId");
            if (p != null) {
                checks.check(!Objects.equals(p.unitId(), r.unitId()), f + ".unitId", "invalid",
                                "亲属的工作单位应与人员库中的单位一致", "The relative's unit must be the unit they have in reference data");
            }
        }
        Set<String> vocabulary = new HashSet<>();
        specialties(caller).forEach(s -> vocabulary.add(s.name()));
        List<String> specialties = ProfileRules.list(d.specialties());
        for (int i = 0; i < specialties.size(); i++) {
            String s = ProfileRules.trim(specialties.get(i));
            checks.check(s != null && !vocabulary.contains(s), "specialties[" + i + "]", "unknown", "专长不在词表中：" + s,
                    "Not a specialty of the vocabulary: " + s);
        }
    }

    @Override
    public List<Specialty> specialties(Caller caller) {
        caller.require(PersonnelPoolsPermissions.READ);
        return store.read(em -> em.createQuery("select s from SpecialtyEntity s order by s.id", SpecialtyEntity.class).getResultList()
                .stream().filter(s -> s.divisionCode == null || caller.scope().coversDivision(s.divisionCode))
                .map(SpecialtyEntity::toValue).toList());
    }

    @Override
    public Specialty addSpecialty(Caller caller, Specialty specialty) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        String name = specialty == null ? null : ProfileRules.trim(specialty.name());
        String nameEn = specialty == null ? null : ProfileRules.trim(specialty.nameEn());
        new Checks().required("name", name, "专长名称", "name").maxLength("name", name, Specialty.NAME_MAX, "专长名称", "name")
                .maxLength("nameEn", nameEn, SpecialtyEntity.NAME_EN_MAX, "英文名称", "English name")
                .check(specialty != null && specialty.divisionCode() != null && !specialty.divisionCode().equals(caller.divisionCode()),
                        "divisionCode", "invalid", "专长只能添加到本单位词表", "A specialty is added to your own office's vocabulary")
                .check(caller.divisionCode() == null, "divisionCode", "required", "当前账号不属于任何行政区划", "Your account belongs to no division")
                .throwIfInvalid();
        return store.write(em -> {
            long same = em.createQuery("select count(s) from SpecialtyEntity s where s.name = :n", Long.class).setParameter("n", name).getSingleResult();
            if (same > 0) {
                throw ApiException.conflict("specialty_exists", "专长已存在：" + name, "The specialty exists already: " + name);
            }
            SpecialtyEntity e = new SpecialtyEntity();
            e.name = name;
            e.nameEn = nameEn;
            e.divisionCode = caller.divisionCode();
            em.persist(e);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "specialty", e.id, "新增专长：" + name);
            return e.toValue();
        });
    }

    /** The person: 404 if unknown, 403 outside the caller's divisions. */
    private Person person(Caller caller, long personId) {
        return reference.person(caller, personId).orElseThrow(() -> ApiException.notFound("人员", "person", personId));
    }

    private Profile toValue(ProfileEntity e) {
        return new Profile(e.personId, e.divisionCode, e.birthDate, e.caseOpen, List.copyOf(e.specialties),
                e.history.stream().map(EmploymentRow::toValue).toList(),
                e.relatives.stream().map(r -> new Profile.Relative(r.unitId, r.relativePersonId, store.decrypt(r.relation), store.decrypt(r.note))).toList(),
                e.availability.stream().map(AvailabilityRow::toValue).toList(), e.version);
    }
}
