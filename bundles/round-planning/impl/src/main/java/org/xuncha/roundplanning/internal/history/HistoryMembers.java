package org.xuncha.roundplanning.internal.history;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.ImportReport;
import org.xuncha.platform.api.reference.PersonQuery;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.reference.UnitQuery;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.spreadsheet.ImportSheet;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.roundplanning.api.RoundEvents;
import org.xuncha.roundplanning.api.RoundPlanningPermissions;
import org.xuncha.roundplanning.api.Stage;
import org.xuncha.roundplanning.internal.Store;
import org.xuncha.roundplanning.internal.group.GroupEntity;
import org.xuncha.roundplanning.internal.group.MemberEntity;
import org.xuncha.roundplanning.internal.history.MemberSheet.PastGroup;
import org.xuncha.roundplanning.internal.history.MemberSheet.PastMember;
import org.xuncha.roundplanning.internal.round.RoundEntity;
import org.xuncha.roundplanning.internal.term.TermEntity;

/**
 * History import of the groups' members (历史巡察组成员): who sat in each group of a past round, with
 * which role, and the group's authorisation (授权文号, day, scope), for groups the round history
 * import (or the office) created without members. Persons are named as the platform's person import
 * names them, by name and unit code. As the round import: the whole file checked first, the database
 * included, one wrong row imports nothing, one transaction, one audit record. The checks of live
 * planning (field periods overlapping, declared avoidance, other modules' member checks) are not
 * applied: the file records what happened. Afterwards the security spine is told that scopes changed,
 * since group roles now see their past rounds; no business event is posted.
 */
@Component(service = HistoryMembers.class)
public class HistoryMembers {

    /** What an import answers: the groups filled, the member records created, or the row errors that stopped it. */
    public record Report(int rows, List<Long> groupIds, List<Long> memberIds, int authorisations, List<ImportReport.RowError> errors) {
    }

    private final ModuleStore db;
    private final ReferenceDataService reference;
    private final SpreadsheetService spreadsheets;
    private final EventAdmin events;

    @Activate
    public HistoryMembers(@Reference Store store, @Reference ReferenceDataService reference, @Reference SpreadsheetService spreadsheets,
                          @Reference EventAdmin events) {
        this.db = store.db();
        this.reference = reference;
        this.spreadsheets = spreadsheets;
        this.events = events;
    }

    /** @param progress told the rows read so far, may be null */
    public Report run(Caller caller, long termId, InputStream file, IntConsumer progress) {
        caller.require(RoundPlanningPermissions.HISTORY_IMPORT);
        MemberSheet members = MemberSheet.of(ImportSheet.rows(spreadsheets, HistoryImport.bytes(file)));
        ImportSheet sheet = members.sheet;
        db.read(em -> {
            caller.requireDivision(TermEntity.load(em, termId).divisionCode);
            return null;
        });
        List<PastGroup> groups = members.groups(db.today(), progress);
        Map<PastMember, Long> persons = persons(caller, sheet, groups);
        Report report = db.write(em -> {
            Map<PastGroup, GroupEntity> found = findGroups(em, sheet, termId, groups);
            checkNotInRound(em, sheet, found, persons);
            if (!sheet.ok()) {
                return new Report(sheet.size(), List.of(), List.of(), 0, sheet.errors());
            }
            return write(em, caller, termId, groups, found, persons, sheet.size());
        });
        if (!report.memberIds().isEmpty()) {
            events.sendEvent(new Event(Events.SCOPE_CHANGED, Map.of(Events.MODULE, RoundEvents.MODULE, Events.ENTITY_ID, String.valueOf(termId),
                    Events.ACTOR, caller.username(), Events.TIMESTAMP, db.clock().millis())));
        }
        return report;
    }

    /** Each member's person: the one person of that name at the unit of that code, in the caller's scope; else named at the row. */
    private Map<PastMember, Long> persons(Caller caller, ImportSheet sheet, List<PastGroup> groups) {
        Set<String> codes = new TreeSet<>();
        groups.forEach(g -> g.members().forEach(m -> codes.add(m.unitCode())));
        Map<String, Long> units = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Unit u : reference.allUnits(caller, UnitQuery.all())) {
                if (codes.contains(u.code())) {
                    units.put(u.code(), u.id());
                }
            }
        }
        Map<Long, Map<String, List<Long>>> byUnit = new HashMap<>();
        Map<PastMember, Long> ids = new HashMap<>();
        for (PastGroup g : groups) {
            for (PastMember m : g.members()) {
                Long unitId = units.get(m.unitCode());
                if (unitId == null) {
                    sheet.add(m.row(), MemberSheet.UNIT, "not_found", "单位不存在或不在您的数据范围内：" + m.unitCode(),
                            "unit not found or outside your data scope: " + m.unitCode());
                    continue;
                }
                List<Long> named = byUnit.computeIfAbsent(unitId, u -> personsOf(caller, u)).getOrDefault(m.name(), List.of());
                if (named.size() == 1) {
                    ids.put(m, named.get(0));
                } else if (named.isEmpty()) {
                    sheet.add(m.row(), MemberSheet.NAME, "not_found", m.unitCode() + "单位没有名为“" + m.name() + "”的人员",
                            "no person named " + m.name() + " at unit " + m.unitCode());
                } else {
                    sheet.add(m.row(), MemberSheet.NAME, "ambiguous", m.unitCode() + "单位有" + named.size() + "名“" + m.name() + "”，无法区分",
                            named.size() + " persons named " + m.name() + " at unit " + m.unitCode() + "; they cannot be told apart");
                }
            }
        }
        return ids;
    }

    /** The persons of a unit by name, page by page. */
    private Map<String, List<Long>> personsOf(Caller caller, long unitId) {
        Map<String, List<Long>> byName = new HashMap<>();
        Page.all(r -> reference.findPersons(caller, new PersonQuery(null, unitId, null, false), r))
                .forEach(x -> byName.computeIfAbsent(x.name(), n -> new ArrayList<>()).add(x.id()));
        return byName;
    }

    /** Each group of the file: a group of that name in that round of the term, past its entry, without members or authorisation yet. */
    private static Map<PastGroup, GroupEntity> findGroups(EntityManager em, ImportSheet sheet, long termId, List<PastGroup> groups) {
        Map<Integer, RoundEntity> rounds = new HashMap<>();
        em.createQuery("select r from RoundEntity r where r.termId = :t", RoundEntity.class).setParameter("t", termId)
                .getResultList().forEach(r -> rounds.put(r.number, r));
        Map<PastGroup, GroupEntity> found = new HashMap<>();
        for (PastGroup g : groups) {
            RoundEntity r = rounds.get(g.round());
            if (r == null) {
                sheet.add(g.row(), MemberSheet.NUMBER, "not_found", "本届没有第" + g.round() + "轮巡察", "the term has no round " + g.round());
                continue;
            }
            if (r.stage == Stage.PREPARATION) {
                sheet.add(g.row(), MemberSheet.NUMBER, "invalid", "第" + g.round() + "轮尚未进驻，请在巡察组页面配备成员",
                        "round " + g.round() + " has not entered; staff its groups on the group page");
                continue;
            }
            GroupEntity e = em.createQuery("select g from GroupEntity g where g.roundId = :r and g.name = :n", GroupEntity.class)
                    .setParameter("r", r.id).setParameter("n", g.name()).getResultStream().findFirst().orElse(null);
            if (e == null) {
                sheet.add(g.row(), MemberSheet.GROUP, "not_found", "第" + g.round() + "轮没有“" + g.name() + "”",
                        "round " + g.round() + " has no group named " + g.name());
                continue;
            }
            long members = em.createQuery("select count(m) from MemberEntity m where m.groupId = :g", Long.class)
                    .setParameter("g", e.id).getSingleResult();
            if (members > 0 || e.authNumber != null) {
                sheet.add(g.row(), MemberSheet.GROUP, "has_members", "第" + g.round() + "轮“" + g.name() + "”已有成员或授权，历史导入只补录空的巡察组",
                        "group " + g.name() + " of round " + g.round() + " already has members or an authorisation; history fills empty groups only");
                continue;
            }
            found.put(g, e);
        }
        return found;
    }

    /** A person already sitting in another group of the round (staffed through the group page) cannot join one of its empty groups. */
    private static void checkNotInRound(EntityManager em, ImportSheet sheet, Map<PastGroup, GroupEntity> found, Map<PastMember, Long> persons) {
        Map<Long, Set<Long>> staffed = new HashMap<>();
        for (Map.Entry<PastGroup, GroupEntity> e : found.entrySet()) {
            Set<Long> inRound = staffed.computeIfAbsent(e.getValue().roundId, r -> new java.util.HashSet<>(
                    em.createQuery("select m.personId from MemberEntity m where m.roundId = :r", Long.class).setParameter("r", r).getResultList()));
            for (PastMember m : e.getKey().members()) {
                if (inRound.contains(persons.get(m))) {
                    sheet.add(m.row(), MemberSheet.NAME, "duplicate", m.name() + "已是第" + e.getKey().round() + "轮其他巡察组的成员，同一轮次只能参加一个巡察组",
                            m.name() + " is already in another group of round " + e.getKey().round() + "; a person can be in only one group per round");
                }
            }
        }
    }

    private Report write(EntityManager em, Caller caller, long termId, List<PastGroup> groups, Map<PastGroup, GroupEntity> found,
                         Map<PastMember, Long> persons, int rowCount) {
        List<Long> groupIds = new ArrayList<>();
        List<MemberEntity> created = new ArrayList<>();
        int authorisations = 0;
        for (PastGroup g : groups) {
            GroupEntity e = found.get(g);
            // members are kept apart from the group row: its version moves with them, as a live edit moves it
            em.lock(e, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            if (g.authNumber() != null) {
                e.authNumber = g.authNumber();
                e.authDate = g.authDate();
                e.authScope = g.authScope();
                authorisations++;
            }
            for (PastMember m : g.members()) {
                MemberEntity me = new MemberEntity();
                me.groupId = e.id;
                me.roundId = e.roundId;
                me.personId = persons.get(m);
                me.role = m.role();
                em.persist(me);
                created.add(me);
            }
            groupIds.add(e.id);
        }
        em.flush();
        db.audit(em, caller, AuditAction.IMPORT, "term", termId, "导入历史巡察组成员：" + groupIds.size() + "个巡察组、" + created.size()
                + "名成员、" + authorisations + "项授权（巡察组 " + groupIds + "）");
        return new Report(rowCount, groupIds, created.stream().map(m -> m.id).toList(),
                authorisations, List.of());
    }

    /** The template: the columns and example rows of one group. */
    public byte[] template() {
        return spreadsheets.write(List.of(new SpreadsheetService.Sheet("历史巡察组成员", null, MemberSheet.COLUMNS, MemberSheet.example())));
    }
}
