package org.xuncha.personnelpools.internal.incentive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.personnelpools.api.IncentiveService;
import org.xuncha.personnelpools.api.Incentives;
import org.xuncha.personnelpools.api.PersonnelPoolsPermissions;
import org.xuncha.personnelpools.internal.Settings;
import org.xuncha.personnelpools.internal.Store;
import org.xuncha.personnelpools.internal.secondment.RoundPeople;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.spreadsheet.SpreadsheetService;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.FieldError;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.RoundRef;

/**
 * 双历认定 and 单独评优. Both are for people who served in the round ({@link RoundPeople}); records
 * belong to the round's office (its division). Every change is audited with it.
 */
@Component(service = IncentiveService.class)
public class IncentiveServiceImpl implements IncentiveService {

    static final int EXPORT_MAX = 100_000;

    private final ModuleStore store;
    private final RoundPeople people;
    private final SpreadsheetService sheets;
    private final Settings settings;

    @Activate
    public IncentiveServiceImpl(@Reference Store store, @Reference RoundPeople people, @Reference SpreadsheetService sheets,
                                @Reference Settings settings) {
        this.store = store.db();
        this.people = people;
        this.sheets = sheets;
        this.settings = settings;
    }

    @Override
    public List<Incentives.DualRecord> issueDual(Caller caller, Incentives.DualIssue issue) {
        caller.require(PersonnelPoolsPermissions.WRITE);
        if (issue == null) {
            throw ApiException.validation(List.of(new FieldError("body", "required", "请求内容不能为空", "A body is required")));
        }
        new Checks().required("roundId", issue.roundId(), "巡察轮次", "round").throwIfInvalid();
        RoundRef round = people.round(caller, issue.roundId());
        caller.requireDivision(round.divisionCode());
        Map<Long, RoundPeople.Served> served = people.of(round.id());
        boolean everyone = issue.personIds() == null || issue.personIds().isEmpty();
        List<Long> wanted = everyone ? List.copyOf(served.keySet()) : issue.personIds();
        Checks checks = new Checks();
        List<Long> strangers = wanted.stream().filter(id -> id == null || !served.containsKey(id)).toList();
        checks.check(!strangers.isEmpty(), "personIds", "not_served", "未参加本轮巡察：" + strangers, "Did not serve in the round: " + strangers);
        checks.throwIfInvalid();
        return store.write(em -> {
            List<Long> issued = em.createQuery("select d.personId from DualEntity d where d.roundId = :r", Long.class)
                    .setParameter("r", round.id()).getResultList();
            List<Long> twice = wanted.stream().filter(issued::contains).toList();
            if (!everyone && !twice.isEmpty()) {
                throw ApiException.conflict("already_issued", "已出具双历认定：" + names(served, twice), "Already issued for: " + names(served, twice));
            }
            List<DualEntity> out = new ArrayList<>();
            for (Long id : wanted) {
                if (issued.contains(id)) {
                    continue;
                }
                RoundPeople.Served p = served.get(id);
                DualEntity e = new DualEntity();
                e.roundId = round.id();
                e.roundName = round.name();
                e.personId = id;
                e.personName = p.name();
                e.groupName = p.groupName();
                e.divisionCode = round.divisionCode();
                e.issuedBy = caller.username();
                e.issuedAt = store.now();
                em.persist(e);
                out.add(e);
            }
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "dual_record", round.id(), "出具双历认定：轮次 " + round.id() + "，" + out.size() + " 人");
            return out.stream().map(DualEntity::toValue).toList();
        });
    }

    @Override
    public List<Incentives.DualRecord> dualRecords(Caller caller, Long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        if (roundId != null) {
            people.round(caller, roundId);
        }
        Where w = Where.scoped(caller, "d.divisionCode", null).eq("d.roundId", "round", roundId);
        return store.read(em -> w.bind(em.createQuery("select d from DualEntity d" + w.sql() + " order by d.roundId, d.id", DualEntity.class))
                .setMaxResults(EXPORT_MAX).getResultList()).stream().map(DualEntity::toValue).toList();
    }

    @Override
    public byte[] exportDual(Caller caller, Long roundId) {
        List<Incentives.DualRecord> all = dualRecords(caller, roundId);
        List<List<Object>> rows = new ArrayList<>();
        for (Incentives.DualRecord d : all) {
            rows.add(Arrays.asList(d.personName(), d.roundName(), d.groupName(), "基层工作经历、监督工作经历", d.issuedAt().toLocalDate(), d.issuedBy()));
        }
        byte[] xlsx = sheets.write(List.of(new SpreadsheetService.Sheet("双历认定", "巡察干部双历认定名单（" + store.today() + "）",
                List.of("姓名", "巡察轮次", "巡察组", "认定经历", "认定日期", "经办人"), rows)));
        store.audit(caller, AuditAction.EXPORT, "dual_record", roundId, "导出双历认定名单 " + rows.size() + " 条");
        return xlsx;
    }

    @Override
    public Incentives.Nomination nominate(Caller caller, Incentives.NominationDraft d) {
        caller.require(PersonnelPoolsPermissions.NOMINATE);
        IncentiveRules.check(d);
        RoundRef round = people.round(caller, d.roundId());
        RoundPeople.Served p = people.of(round.id()).get(d.personId());
        // a group leader nominates from their own group; the office from anyone who served
        if (p == null || caller.scope().groupLimited() && (p.groupId() == null || !caller.scope().coversGroup(p.groupId()))) {
            throw ApiException.validation(List.of(new FieldError("personId", "not_served", "被提名人未参加本轮巡察（或不在您的巡察组）",
                    "The person did not serve in the round (or not in your group)")));
        }
        Incentives.Nomination saved = store.write(em -> {
            long already = em.createQuery("select count(n) from NominationEntity n where n.roundId = :r and n.personId = :p", Long.class)
                    .setParameter("r", round.id()).setParameter("p", p.personId()).getSingleResult();
            if (already > 0) {
                throw ApiException.conflict("already_nominated", p.name() + "已被提名本轮单独评优", p.name() + " is nominated for this round already");
            }
            NominationEntity e = new NominationEntity();
            e.roundId = round.id();
            e.personId = p.personId();
            e.personName = p.name();
            e.groupId = p.groupId();
            e.groupName = p.groupName();
            e.reason = d.reason().trim();
            e.status = Incentives.NominationStatus.PENDING;
            e.divisionCode = round.divisionCode();
            e.nominatedBy = caller.username();
            e.nominatedAt = store.now();
            em.persist(e);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "nomination", e.id, "提名单独评优：人员 " + e.personId + "，轮次 " + e.roundId);
            return e.toValue();
        });
        return saved;
    }

    @Override
    public Incentives.Nomination decide(Caller caller, long nominationId, Incentives.Decision d) {
        caller.require(PersonnelPoolsPermissions.APPROVE);
        IncentiveRules.check(d);
        return store.write(em -> {
            NominationEntity e = NominationEntity.load(em, nominationId);
            caller.requireDivision(e.divisionCode);
            long approved = em.createQuery("select count(n) from NominationEntity n where n.roundId = :r and n.status = :s", Long.class)
                    .setParameter("r", e.roundId).setParameter("s", Incentives.NominationStatus.APPROVED).getSingleResult();
            IncentiveRules.checkDecision(e.status, d.approve(), approved, settings.excellenceQuotaPerRound());
            e.status = d.approve() ? Incentives.NominationStatus.APPROVED : Incentives.NominationStatus.REJECTED;
            e.decidedBy = caller.username();
            e.decidedAt = store.now();
            e.decisionNote = d.note() == null || d.note().isBlank() ? null : d.note().trim();
            em.flush();
            store.audit(em, caller, AuditAction.UPDATE, "nomination", e.id, "审批单独评优提名：" + e.status.nameZh());
            return e.toValue();
        });
    }

    @Override
    public List<Incentives.Nomination> nominations(Caller caller, long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        return list(caller, roundId, null);
    }

    @Override
    public List<Incentives.Nomination> excellence(Caller caller, long roundId) {
        caller.require(PersonnelPoolsPermissions.READ);
        return list(caller, roundId, Incentives.NominationStatus.APPROVED);
    }

    private List<Incentives.Nomination> list(Caller caller, long roundId, Incentives.NominationStatus status) {
        people.round(caller, roundId);
        Where w = Where.scoped(caller, "n.divisionCode", null).eq("n.roundId", "round", roundId).eq("n.status", "status", status);
        return store.read(em -> w.list(em, NominationEntity.class, "n", " order by n.personName, n.id")).stream().map(NominationEntity::toValue).toList();
    }

    private static String names(Map<Long, RoundPeople.Served> served, List<Long> ids) {
        return String.join("、", ids.stream().map(id -> served.get(id).name()).toList());
    }
}
