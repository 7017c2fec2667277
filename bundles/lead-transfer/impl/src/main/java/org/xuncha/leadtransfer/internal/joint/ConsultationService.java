package org.xuncha.leadtransfer.internal.joint;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.CONSULTATION_WRITE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.leadtransfer.internal.lead.LeadEntity;
import org.xuncha.leadtransfer.internal.problem.ProblemEntity;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupMember;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.GroupRole;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * Consultations (会商研判) on key problems and leads of a round: who attended (the round's
 * non-resident deputy leaders are added from round planning unless the office says otherwise),
 * what was discussed and what was concluded. Subject and conclusion are stored encrypted; reading
 * them is audited. Recording one needs round planning (503 while it is away); reading does not.
 */
@Component(service = ConsultationService.class)
public class ConsultationService {

    static final String TYPE = "consultation";
    static final int SUBJECT_MAX = 200;
    static final int CONCLUSION_MAX = 3000;
    static final int NAME_MAX = 100;
    static final int ORGANISATION_MAX = 100;
    /** More attendees or listed items than any meeting has are a mistake, not a consultation. */
    static final int ATTENDEES_MAX = 200;
    static final int ITEMS_MAX = 500;

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
    private final Rounds rounds;
    private final References references;

    @Activate
    public ConsultationService(@Reference Store store, @Reference Rounds rounds, @Reference References references) {
        this.store = store.db();
        this.rounds = rounds;
        this.references = references;
    }

    public ConsultationView create(Caller caller, ConsultationInput in) {
        caller.require(CONSULTATION_WRITE);
        List<AttendeeInput> given = in.attendees() == null ? List.of() : in.attendees();
        List<Long> problemIds = in.problemIds() == null ? List.of() : in.problemIds();
        List<Long> leadIds = in.leadIds() == null ? List.of() : in.leadIds();
        check(in, given, problemIds, leadIds, store.today());
        RoundRef round = rounds.round(caller, in.roundId());
        if (in.groupId() != null) {
            rounds.groupOf(round.id(), "groupId", in.groupId());
            if (!caller.scope().coversGroup(in.groupId())) {
                throw Rounds.outOfScope("groupId", "您不在该巡察组", "you do not work in this group");
            }
        }
        Map<String, Long> persons = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i).personId() != null) {
                persons.put("attendees[" + i + "].personId", given.get(i).personId());
            }
        }
        Map<String, Person> named = references.persons(caller, persons);
        List<AttendeeValue> attendees = attendees(round.id(), given, named, !Boolean.FALSE.equals(in.includeNonresidentDeputies()));
        if (attendees.isEmpty()) {
            throw ApiException.validation(List.of(new FieldError("attendees", "required", "请填写参会人员", "list who attended")));
        }
        Set<Long> problems = new LinkedHashSet<>(problemIds);
        Set<Long> leads = new LinkedHashSet<>(leadIds);
        return store.write(em -> {
            ProblemEntity.requireListed(em, caller, "problemIds", problems, round.id());
            LeadEntity.requireListed(em, caller, "leadIds", leads, round.id());
            ConsultationEntity c = new ConsultationEntity();
            c.place(round.divisionCode(), round.termId(), round.id(), caller.username(), store.now());
            c.groupId = in.groupId();
            c.heldOn = in.heldOn();
            c.attendees.addAll(attendees);
            problems.forEach(id -> c.items.add(new ItemValue(ItemType.PROBLEM, id)));
            leads.forEach(id -> c.items.add(new ItemValue(ItemType.LEAD, id)));
            em.persist(c);
            // encrypted once the row has its id, which each ciphertext is bound to
            c.subject = store.encrypt(in.subject().trim(), c.place("subject"));
            c.conclusion = store.encrypt(Texts.blank(in.conclusion()), c.place("conclusion"));
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, c.id, "记录会商研判（轮次 " + c.roundId + "，问题 " + problems.size()
                    + " 个，线索 " + leads.size() + " 条，参会 " + attendees.size() + " 人）");
            return view(c);
        });
    }

    static void check(ConsultationInput in, List<AttendeeInput> given, List<Long> problemIds, List<Long> leadIds, LocalDate today) {
        Checks checks = new Checks()
                .required("roundId", in.roundId(), "巡察轮次", "round")
                .required("subject", in.subject(), "会商事项", "subject").maxLength("subject", in.subject(), SUBJECT_MAX, "会商事项", "subject")
                .required("heldOn", in.heldOn(), "会商日期", "date")
                .maxLength("conclusion", in.conclusion(), CONCLUSION_MAX, "研判结论", "conclusion")
                .check(given.size() > ATTENDEES_MAX, "attendees", "too_long", "参会人员不能超过" + ATTENDEES_MAX + "人",
                        "at most " + ATTENDEES_MAX + " attendees")
                .check(problemIds.size() > ITEMS_MAX, "problemIds", "too_long", "所列问题不能超过" + ITEMS_MAX + "个", "at most " + ITEMS_MAX + " problems")
                .check(leadIds.size() > ITEMS_MAX, "leadIds", "too_long", "所列线索不能超过" + ITEMS_MAX + "条", "at most " + ITEMS_MAX + " leads");
        Dates.past(checks, "heldOn", in.heldOn(), today, "会商日期", "the date");
        for (int i = 0; i < given.size() && i < ATTENDEES_MAX; i++) {
            AttendeeInput a = given.get(i);
            String at = "attendees[" + i + "]";
            if (a == null) {
                checks.add(at, "required", "参会人员不能为空", "an attendee is missing");
                continue;
            }
            checks.check(a.personId() == null && (a.name() == null || a.name().isBlank()), at + ".name", "required",
                            "参会人员须选择干部或填写姓名", "pick a person or give a name")
                    .maxLength(at + ".name", a.name(), NAME_MAX, "姓名", "name")
                    .maxLength(at + ".organisation", a.organisation(), ORGANISATION_MAX, "单位", "organisation")
                    .required(at + ".role", a.role(), "参会身份", "role");
        }
        checks.check(problemIds.stream().anyMatch(Objects::isNull), "problemIds", "required", "所列问题编号不能为空", "a problem id is missing")
                .check(leadIds.stream().anyMatch(Objects::isNull), "leadIds", "required", "所列线索编号不能为空", "a lead id is missing")
                .throwIfInvalid();
    }

    /** Consultations of a round the caller's scope covers (none for another's); audited as a read. */
    public List<ConsultationView> list(Caller caller, long roundId) {
        caller.require(CONSULTATION_READ);
        Where w = Where.scoped(caller, "c.divisionCode", null, "c.roundId").eq("c.roundId", "round", roundId);
        List<ConsultationView> list = store.read(em -> w.list(em, ConsultationEntity.class, "c", " order by c.heldOn desc, c.id desc")
                .stream().filter(c -> c.groupId == null || caller.scope().coversGroup(c.groupId)).map(this::view).toList());
        if (!list.isEmpty()) {
            store.audit(caller, AuditAction.READ, TYPE, null, "查看会商研判（轮次 " + roundId + "，" + list.size() + "次）");
        }
        return list;
    }

    public ConsultationView get(Caller caller, long id) {
        caller.require(CONSULTATION_READ);
        ConsultationView v = store.read(em -> {
            ConsultationEntity c = em.find(ConsultationEntity.class, id);
            if (c == null) {
                throw ApiException.notFound("会商研判", "consultation", id);
            }
            if (!caller.scope().coversDivision(c.divisionCode) || !caller.scope().coversRound(c.roundId)
                    || (c.groupId != null && !caller.scope().coversGroup(c.groupId))) {
                throw ApiException.outOfScope();
            }
            return view(c);
        });
        store.audit(caller, AuditAction.READ, TYPE, id, "查看会商研判");
        return v;
    }

    /** The attendees given, plus the round's non-resident deputy leaders if asked; one entry per cadre, named from reference data. */
    private List<AttendeeValue> attendees(long roundId, List<AttendeeInput> given, Map<String, Person> named,
                                          boolean deputies) {
        Map<Object, AttendeeValue> byKey = new LinkedHashMap<>();
        for (int i = 0; i < given.size(); i++) {
            AttendeeInput a = given.get(i);
            Person p = named.get("attendees[" + i + "].personId");
            String name = Texts.blank(a.name()) != null ? Texts.blank(a.name()) : p == null ? null : p.name();
            Object key = a.personId() != null ? a.personId() : a.name().trim() + "|" + a.organisation();
            byKey.putIfAbsent(key, new AttendeeValue(a.personId(), name, Texts.blank(a.organisation()), a.role()));
        }
        if (deputies) {
            for (GroupRef g : rounds.ask(d -> d.groupsOfRound(roundId))) {
                for (GroupMember m : g.members()) {
                    if (m.role() == GroupRole.NONRESIDENT_DEPUTY) {
                        byKey.putIfAbsent(m.personId(), new AttendeeValue(m.personId(), null, null, AttendeeRole.NONRESIDENT_DEPUTY));
                    }
                }
            }
        }
        List<AttendeeValue> list = new ArrayList<>(byKey.values());
        fillNames(list);
        return list;
    }

    /** Names the cadres added by id only (the round's deputies) as reference data names them. */
    private void fillNames(List<AttendeeValue> list) {
        Map<Long, Person> persons = references.named(list.stream().filter(a -> a.personId != null && a.name == null).map(a -> a.personId)
                .toList());
        for (AttendeeValue a : list) {
            Person p = a.personId == null ? null : persons.get(a.personId);
            if (a.name == null && p != null) {
                a.name = p.name();
            }
        }
    }

    private ConsultationView view(ConsultationEntity c) {
        List<Long> problems = c.items.stream().filter(i -> i.type == ItemType.PROBLEM).map(i -> i.itemId).toList();
        List<Long> leads = c.items.stream().filter(i -> i.type == ItemType.LEAD).map(i -> i.itemId).toList();
        return new ConsultationView(c.id, c.roundId, c.groupId, store.decrypt(c.subject, c.place("subject")), c.heldOn,
                store.decrypt(c.conclusion, c.place("conclusion")),
                c.attendees.stream().map(a -> new Attendee(a.personId, a.name, a.organisation, a.role)).toList(), problems, leads,
                c.createdBy, c.createdAt);
    }
}
