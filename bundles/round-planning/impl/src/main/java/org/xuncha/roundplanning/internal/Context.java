package org.xuncha.roundplanning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.reference.Person;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.Round;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.Target;
import org.xuncha.roundplanning.internal.db.AmendmentEntity;
import org.xuncha.roundplanning.internal.db.GroupEntity;
import org.xuncha.roundplanning.internal.db.PriorityEntity;
import org.xuncha.roundplanning.internal.db.RoundEntity;
import org.xuncha.roundplanning.internal.db.TargetEntity;
import org.xuncha.roundplanning.internal.db.TermEntity;
import org.xuncha.roundplanning.internal.rules.DeadlineRules;
import org.xuncha.roundplanning.internal.rules.PlanRules;

/**
 * What the parts of the service share: the platform services, loading with 404s, scope checks,
 * views of rounds and targets, plan locking, audit and events.
 */
final class Context {

    static final String MODULE = RoundEvents.MODULE;
    /** Reads names of persons and units the caller was already allowed to see through a round. */
    static final Caller NAMES = Caller.system(MODULE + ":names");
    private static final int MAX_TOPICS = 20;

    final Store store;
    final AuditTrail audit;
    final ReferenceDataService reference;
    final Clock clock;
    private final EventAdmin events;
    private final java.util.function.Supplier<DeadlineRules> rules;

    Context(Store store, AuditTrail audit, ReferenceDataService reference, EventAdmin events, Clock clock,
            java.util.function.Supplier<DeadlineRules> rules) {
        this.store = store;
        this.audit = audit;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    DeadlineRules rules() {
        return rules.get();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    // ------------------------------------------------------------------ loading and scope

    static TermEntity term(EntityManager em, long id) {
        TermEntity t = em.find(TermEntity.class, id);
        if (t == null) {
            throw ApiException.notFound("届", "term", id);
        }
        return t;
    }

    static RoundEntity round(EntityManager em, long id) {
        RoundEntity r = em.find(RoundEntity.class, id);
        if (r == null) {
            throw ApiException.notFound("巡察轮次", "round", id);
        }
        return r;
    }

    static GroupEntity group(EntityManager em, long roundId, long groupId) {
        GroupEntity g = em.find(GroupEntity.class, groupId);
        if (g == null || g.roundId != roundId) {
            throw ApiException.notFound("巡察组", "group", groupId);
        }
        return g;
    }

    static TargetEntity target(EntityManager em, long roundId, long unitId) {
        return em.createQuery("select t from TargetEntity t where t.roundId = :r and t.unitId = :u", TargetEntity.class)
                .setParameter("r", roundId).setParameter("u", unitId).getResultStream().findFirst()
                .orElseThrow(() -> ApiException.notFound("被巡察单位", "target", unitId));
    }

    /** The round is in the caller's division scope and, for group roles, one of their own. */
    static void requireVisible(Caller caller, RoundEntity r) {
        caller.requireDivision(r.divisionCode);
        if (!caller.scope().coversRound(r.id)) {
            throw ApiException.outOfScope();
        }
    }

    /** JPQL condition limiting rows with a division column (and a round id column, for group roles) to the caller's scope. */
    static Where scoped(Caller caller, String divisionPath, String roundIdPath) {
        Where w = new Where();
        if (!caller.scope().allDivisions()) {
            w.and(divisionPath + " in :divs", "divs", caller.scope().divisions().isEmpty() ? Set.of("-") : caller.scope().divisions());
        }
        if (roundIdPath != null && caller.scope().groupLimited()) {
            Set<Long> rounds = caller.scope().group().roundIds();
            w.and(roundIdPath + " in :scopeRounds", "scopeRounds", rounds.isEmpty() ? Set.of(-1L) : rounds);
        }
        return w;
    }

    // ------------------------------------------------------------------ views

    Round view(EntityManager em, RoundEntity r) {
        return views(em, List.of(r)).get(0);
    }

    List<Round> views(EntityManager em, List<RoundEntity> rounds) {
        if (rounds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rounds.stream().map(r -> r.id).toList();
        Map<Long, Long> targets = counts(em, "select t.roundId, count(t) from TargetEntity t where t.roundId in :ids group by t.roundId", ids);
        Map<Long, Long> groups = counts(em, "select g.roundId, count(g) from GroupEntity g where g.roundId in :ids group by g.roundId", ids);
        Set<Long> amending = new HashSet<>(em.createQuery(
                "select a.roundId from AmendmentEntity a where a.closedAt is null and a.roundId in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        return rounds.stream().map(r -> r.toValue(amending.contains(r.id), targets.getOrDefault(r.id, 0L).intValue(),
                groups.getOrDefault(r.id, 0L).intValue())).toList();
    }

    private static Map<Long, Long> counts(EntityManager em, String jpql, List<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            result.put((Long) row[0], (Long) row[1]);
        }
        return result;
    }

    static List<TargetEntity> targetsOf(EntityManager em, long roundId) {
        return em.createQuery("select t from TargetEntity t where t.roundId = :r order by t.id", TargetEntity.class)
                .setParameter("r", roundId).getResultList();
    }

    /** Targets with the names and classification of their units. */
    List<Target> targetViews(List<TargetEntity> targets) {
        Map<Long, Unit> units = units(targets.stream().map(t -> t.unitId).toList());
        return targets.stream().map(t -> targetView(t, units.get(t.unitId))).toList();
    }

    static Target targetView(TargetEntity t, Unit u) {
        return new Target(t.id, t.roundId, t.unitId, u == null ? null : u.code(), u == null ? "#" + t.unitId : u.name(),
                u == null ? null : u.divisionCode(), u == null ? null : u.field(), u == null ? null : u.sector(),
                u == null ? null : u.system(), t.groupId, t.priorityIds, t.topics, t.rectificationReportDate);
    }

    Map<Long, Unit> units(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : reference.units(NAMES, new LinkedHashSet<>(ids));
    }

    Map<Long, Person> persons(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : reference.persons(NAMES, new LinkedHashSet<>(ids));
    }

    String unitName(long unitId) {
        Unit u = units(List.of(unitId)).get(unitId);
        return u == null ? "#" + unitId : u.name();
    }

    String personName(long personId) {
        Person p = persons(List.of(personId)).get(personId);
        return p == null ? "#" + personId : p.name();
    }

    /** Inserts a new record and audits its creation in the same transaction ("{summary} {id}"). */
    <E> E insert(EntityManager em, Caller caller, E entity, Function<E, Long> id, String entityType, String summary) {
        em.persist(entity);
        em.flush();
        audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, entityType, id.apply(entity), summary + " " + id.apply(entity)));
        return entity;
    }

    /** The division a record belongs to is fixed once created. */
    static void requireSameDivision(String current, String sent, String whatZh, String whatEn) {
        if (!current.equals(sent)) {
            throw ApiException.validation(List.of(new org.xuncha.platform.api.rest.FieldError("divisionCode", "invalid",
                    whatZh + "的所属区划不能修改", "the division of a " + whatEn + " cannot change")));
        }
    }

    // ------------------------------------------------------------------ plan locking

    static AmendmentEntity openAmendment(EntityManager em, long roundId) {
        return em.createQuery("select a from AmendmentEntity a where a.roundId = :r and a.closedAt is null", AmendmentEntity.class)
                .setParameter("r", roundId).getResultStream().findFirst().orElse(null);
    }

    /** @return the open amendment the edit goes under, or null for a draft plan */
    static AmendmentEntity requireEditable(EntityManager em, RoundEntity r) {
        AmendmentEntity open = openAmendment(em, r.id);
        PlanRules.requireEditable(r.stage, r.planStatus, open != null);
        return open;
    }

    /**
     * Audits a plan edit and, under an amendment, lists it there.
     *
     * @param summary for the audit trail: ids, no names
     * @param detail  for the amendment, as the office reads it (names of units and groups); the summary when null
     */
    void planChanged(EntityManager em, Caller caller, RoundEntity r, AmendmentEntity amendment, AuditAction action,
                     String entityType, Object entityId, String summary, String detail) {
        if (amendment != null) {
            amendment.changes.add(detail != null ? detail : summary);
        }
        audit.record(em, caller, AuditEntry.of(action, MODULE, entityType, entityId,
                summary + "（轮次 " + r.id + (amendment == null ? "" : "，方案调整 " + amendment.id) + "）"));
    }

    // ------------------------------------------------------------------ tags

    /** Checks priority ids (of the division's library) and topics; returns them cleaned. */
    static Set<Long> checkPriorities(EntityManager em, Checks checks, String field, Collection<Long> ids, String divisionCode) {
        Set<Long> result = ids == null ? new HashSet<>() : new HashSet<>(ids);
        result.remove(null);
        if (!result.isEmpty()) {
            Set<Long> known = new HashSet<>(em.createQuery(
                    "select p.id from PriorityEntity p where p.id in :ids and p.divisionCode = :d", Long.class)
                    .setParameter("ids", result).setParameter("d", divisionCode).getResultList());
            for (Long id : result) {
                checks.check(!known.contains(id), field, "not_found", "中心工作不存在：" + id, "priority not found: " + id);
            }
        }
        return result;
    }

    static List<String> checkTopics(Checks checks, String field, List<String> topics) {
        List<String> result = new ArrayList<>();
        if (topics != null) {
            for (String t : topics) {
                if (t != null && !t.isBlank() && !result.contains(t.trim())) {
                    result.add(t.trim());
                }
            }
        }
        checks.check(result.size() > MAX_TOPICS, field, "out_of_range", "专项监督内容最多" + MAX_TOPICS + "项",
                "at most " + MAX_TOPICS + " supervision topics");
        for (String t : result) {
            checks.maxLength(field, t, 200, "专项监督内容", "supervision topic");
        }
        return result;
    }

    static void replace(Collection<Long> target, Collection<Long> values) {
        target.clear();
        target.addAll(values);
    }

    static void replaceTopics(List<String> target, List<String> values) {
        target.clear();
        target.addAll(values);
    }

    static void checkVersion(Long sent, long current) {
        if (sent != null && sent != current) {
            throw ApiException.conflict("stale", "数据已被他人修改，请刷新后重试", "The record was changed by someone else; reload and try again");
        }
    }

    // ------------------------------------------------------------------ events

    void post(String topic, Caller caller, long entityId, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.put(Events.MODULE, MODULE);
        props.put(Events.ENTITY_ID, String.valueOf(entityId));
        props.put(Events.ACTOR, caller.username());
        props.put(Events.TIMESTAMP, clock.millis());
        events.postEvent(new Event(topic, props));
        if (RoundEvents.GROUP_CHANGED.equals(topic)) {
            // Members and targets are what group roles may see: open sessions must see the change at once.
            events.sendEvent(new Event(Events.SCOPE_CHANGED, props));
        }
    }

    /** Reads an entity's id field in a list, e.g. for {@code in :ids} queries. */
    static <T> List<Long> ids(Collection<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).toList();
    }

    /** A growing JPQL where clause with its parameters. */
    static final class Where {
        final StringBuilder sql = new StringBuilder();
        final Map<String, Object> params = new HashMap<>();

        Where and(String condition, String param, Object value) {
            sql.append(sql.length() == 0 ? " where " : " and ").append(condition);
            if (param != null) {
                params.put(param, value);
            }
            return this;
        }

        Where andEq(String path, String param, Object value) {
            return value == null ? this : and(path + " = :" + param, param, value);
        }

        <Q extends javax.persistence.Query> Q bind(Q q) {
            params.forEach(q::setParameter);
            return q;
        }
    }

    static PriorityEntity priority(EntityManager em, long id) {
        PriorityEntity p = em.find(PriorityEntity.class, id);
        if (p == null) {
            throw ApiException.notFound("中心工作", "priority", id);
        }
        return p;
    }
}
