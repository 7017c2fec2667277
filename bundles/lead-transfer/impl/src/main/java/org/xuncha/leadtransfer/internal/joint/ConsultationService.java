package org.xuncha.leadtransfer.internal.joint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.ModuleStore;
import org.xuncha.leadtransfer.internal.Permissions;
import org.xuncha.leadtransfer.internal.Placement;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.lead.LeadService;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundDirectory;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Consultations (会商研判) on key problems and leads of a round: who attended (the round's
 * non-resident deputy leaders are added unless the office says otherwise), what was discussed and
 * what was concluded. Subject and conclusion are stored encrypted; reading them is audited.
 */
@Component(service = ConsultationService.class)
public class ConsultationService {

    static final String TYPE = "consultation";

    public record AttendeeInput(Long personId, String name, String organisation, AttendeeRole role) {
    }

    public record ConsultationInput(Long roundId, Long groupId, String subject, LocalDate heldOn, String conclusion,
                                    List<AttendeeInput> attendees, Boolean includeNonresidentDeputies, List<Long> problemIds,
                                    List<Long> leadIds) {
    }

    public record Attendee(Long personId, String name, String organisation, AttendeeRole role) {
    }

    public record ConsultationView(long id, long roundId, Long groupId, String subject, LocalDate heldOn, String conclusion,
                                   List<Attendee> attendees, List<Long> problemIds, List<Long> leadIds, String createdBy,
                                   LocalDateTime createdAt) {
    }

    private final ModuleStore store;
    private final RoundDirectory rounds;
    private final ReferenceDataService reference;

    @Activate
    public ConsultationService(@Reference ModuleStore store, @Reference RoundDirectory rounds, @Reference ReferenceDataService reference) {
        this.store = store;
        this.rounds = rounds;
        this.reference = reference;
    }

    public ConsultationView create(Caller caller, ConsultationInput in) {
        caller.require(Permissions.CONSULTATION_WRITE);
        List<AttendeeInput> given = in.attendees() == null ? List.of() : in.attendees();
        Checks checks = new Checks()
                .required("roundId", in.roundId(), "巡察轮次", "round")
                .required("subject", in.subject(), "会商事项", "subject").maxLength("subject", in.subject(), 200, "会商事项", "subject")
                .required("heldOn", in.heldOn(), "会商日期", "date")
                .check(in.heldOn() != null && in.heldOn().isAfter(store.today()), "heldOn", "out_of_range", "会商日期不能晚于今天",
                        "the date cannot be in the future")
                .maxLength("conclusion", in.conclusion(), 3000, "研判结论", "conclusion");
        for (int i = 0; i < given.size(); i++) {
            AttendeeInput a = given.get(i);
            checks.check(a.personId() == null && (a.name() == null || a.name().isBlank()), "attendees[" + i + "].name", "required",
                            "参会人员须选择干部或填写姓名", "pick a person or give a name")
                    .maxLength("attendees[" + i + "].name", a.name(), 100, "姓名", "name")
                    .maxLength("attendees[" + i + "].organisation", a.organisation(), 100, "单位", "organisation")
                    .required("attendees[" + i + "].role", a.role(), "参会身份", "role");
        }
        checks.throwIfInvalid();
        RoundRef round = Placement.round(rounds, caller, in.roundId());
        if (in.groupId() != null && rounds.group(in.groupId()).filter(g -> g.roundId() == round.id()).isEmpty()) {
            throw ApiException.validation(List.of(new FieldError("groupId", "invalid", "该巡察组不属于此轮巡察", "the group does not belong to this round")));
        }
        requireScope(caller, round.id(), in.groupId());
        List<AttendeeValue> attendees = attendees(caller, round.id(), given, !Boolean.FALSE.equals(in.includeNonresidentDeputies()));
        if (attendees.isEmpty()) {
            throw ApiException.validation(List.of(new FieldError("attendees", "required", "请填写参会人员", "list who attended")));
        }
        Set<Long> problemIds = new LinkedHashSet<>(in.problemIds() == null ? List.of() : in.problemIds());
        Set<Long> leadIds = new LinkedHashSet<>(in.leadIds() == null ? List.of() : in.leadIds());
        return store.write(em -> {
            requireInRound(em, "problemIds", "ProblemEntity", problemIds, round.id());
            requireInRound(em, "leadIds", "LeadEntity", leadIds, round.id());
            ConsultationEntity c = new ConsultationEntity();
            c.place(round.divisionCode(), round.termId(), round.id(), caller.username(), store.now());
            c.groupId = in.groupId();
            c.subject = store.encrypt(in.subject().trim());
            c.heldOn = in.heldOn();
            c.conclusion = store.encrypt(Texts.blank(in.conclusion()));
            c.attendees.addAll(attendees);
            problemIds.forEach(id -> c.items.add(new ItemValue(ItemType.PROBLEM, id)));
            leadIds.forEach(id -> c.items.add(new ItemValue(ItemType.LEAD, id)));
            em.persist(c);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, c.id, "记录会商研判（轮次 " + c.roundId + "，问题 " + problemIds.size()
                    + " 个，线索 " + leadIds.size() + " 条，参会 " + attendees.size() + " 人）");
            return view(c);
        });
    }

    /** Consultations of a round; audited as a read. */
    public List<ConsultationView> list(Caller caller, long roundId) {
        caller.require(Permissions.CONSULTATION_READ);
        Placement.round(rounds, caller, roundId);
        if (!caller.scope().coversRound(roundId)) {
            throw ApiException.outOfScope();
        }
        List<ConsultationView> list = store.read(em -> em.createQuery("select c from ConsultationEntity c where c.roundId = :r"
                + " order by c.heldOn desc, c.id desc", ConsultationEntity.class).setParameter("r", roundId).getResultList().stream()
                .filter(c -> c.groupId == null || caller.scope().coversGroup(c.groupId)).map(this::view).toList());
        if (!list.isEmpty()) {
            store.audit(caller, AuditAction.READ, TYPE, null, "查看会商研判（轮次 " + roundId + "，" + list.size() + "次）");
        }
        return list;
    }

    public ConsultationView get(Caller caller, long id) {
        caller.require(Permissions.CONSULTATION_READ);
        ConsultationView v = store.read(em -> {
            ConsultationEntity c = em.find(ConsultationEntity.class, id);
            if (c == null) {
                throw ApiException.notFound("会商研判", "consultation", id);
            }
            caller.requireDivision(c.divisionCode);
            requireScope(caller, c.roundId, c.groupId);
            return view(c);
        });
        store.audit(caller, AuditAction.READ, TYPE, id, "查看会商研判");
        return v;
    }

    private static void requireScope(Caller caller, long roundId, Long groupId) {
        if (!caller.scope().coversRound(roundId) || (groupId != null && !caller.scope().coversGroup(groupId))) {
            throw ApiException.outOfScope();
        }
    }

    /** The attendees given, plus the round's non-resident deputy leaders if asked; one entry per cadre. */
    private List<AttendeeValue> attendees(Caller caller, long roundId, List<AttendeeInput> given, boolean deputies) {
        Map<Object, AttendeeValue> byKey = new LinkedHashMap<>();
        for (AttendeeInput a : given) {
            Object key = a.personId() != null ? a.personId() : a.name().trim() + "|" + a.organisation();
            byKey.putIfAbsent(key, new AttendeeValue(a.personId(), Texts.blank(a.name()), Texts.blank(a.organisation()), a.role()));
        }
        if (deputies) {
            for (GroupRef g : rounds.groupsOfRound(roundId)) {
                for (GroupMember m : g.members()) {
                    if (m.role() == GroupRole.NONRESIDENT_DEPUTY) {
                        byKey.putIfAbsent(m.personId(), new AttendeeValue(m.personId(), null, null, AttendeeRole.NONRESIDENT_DEPUTY));
                    }
                }
            }
        }
        List<AttendeeValue> list = new ArrayList<>(byKey.values());
        fillNames(caller, list);
        return list;
    }

    private void fillNames(Caller caller, List<AttendeeValue> list) {
        List<Long> missing = list.stream().filter(a -> a.personId != null && a.name == null).map(a -> a.personId).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<Long, Person> persons;
        try {
            persons = reference.persons(caller, missing);
        } catch (RuntimeException e) {
            // Names are a convenience: the person ids identify the attendees.
            return;
        }
        for (AttendeeValue a : list) {
            Person p = a.personId == null ? null : persons.get(a.personId);
            if (a.name == null && p != null) {
                a.name = p.name();
            }
        }
    }

    private static void requireInRound(EntityManager em, String field, String entity, Set<Long> ids, long roundId) {
        if (ids.isEmpty()) {
            return;
        }
        long found = em.createQuery("select count(x) from " + entity + " x where x.id in :ids and x.roundId = :r", Long.class)
                .setParameter("ids", ids).setParameter("r", roundId).getSingleResult();
        if (found != ids.size()) {
            throw ApiException.validation(List.of(new FieldError(field, "invalid", "所列问题或线索须属于本轮巡察",
                    "the problems and leads listed must belong to this round")));
        }
    }

    private ConsultationView view(ConsultationEntity c) {
        List<Long> problems = c.items.stream().filter(i -> i.type == ItemType.PROBLEM).map(i -> i.itemId).toList();
        List<Long> leads = c.items.stream().filter(i -> i.type == ItemType.LEAD).map(i -> i.itemId).toList();
        return new ConsultationView(c.id, c.roundId, c.groupId, store.decrypt(c.subject), c.heldOn, store.decrypt(c.conclusion),
                c.attendees.stream().map(a -> new Attendee(a.personId, a.name, a.organisation, a.role)).toList(), problems, leads,
                c.createdBy, c.createdAt);
    }
}
