package org.xuncha.leadtransfer.internal.joint;

import static org.xuncha.leadtransfer.api.LeadTransferPermissions.JOINT_READ;
import static org.xuncha.leadtransfer.api.LeadTransferPermissions.VISIT_WRITE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.leadtransfer.internal.Dates;
import org.xuncha.leadtransfer.internal.References;
import org.xuncha.leadtransfer.internal.Rounds;
import org.xuncha.leadtransfer.internal.Settings;
import org.xuncha.leadtransfer.internal.Store;
import org.xuncha.leadtransfer.internal.Texts;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.TermRef;

/**
 * The shared calendar of visits (rules in {@link Calendar}): the inspections of a term from round
 * planning and the audit, discipline and other visits recorded here, which keeps one unit from
 * being visited twice at once. It shows and checks inspections, so it needs round planning: 503
 * while it is away.
 */
@Component(service = CalendarService.class)
public class CalendarService {

    static final String TYPE = "visit";
    static final int ORGANISATION_MAX = 100;
    static final int PROJECT_MAX = 200;

    public record VisitInput(Long termId, Long unitId, VisitKind kind, String organisation, String project, LocalDate startsOn,
                             LocalDate endsOn, Long jointOperationId) {
    }

    /** A recorded visit, with the visits it overlaps when the office lets overlaps through with a warning. */
    public record VisitResult(Calendar.Entry visit, List<Calendar.Entry> warnings) {
    }

    private final ModuleStore store;
    private final Rounds rounds;
    private final References references;
    private final Settings settings;

    @Activate
    public CalendarService(@Reference Store store, @Reference Rounds rounds, @Reference References references,
                           @Reference Settings settings) {
        this.store = store.db();
        this.rounds = rounds;
        this.references = references;
        this.settings = settings;
    }

    /** The term's visits: inspections from round planning and the visits recorded here, within the caller's divisions. */
    public List<Calendar.Entry> calendar(Caller caller, long termId, Long unitId, LocalDate from, LocalDate to) {
        caller.require(JOINT_READ);
        rounds.term(caller, "termId", termId);
        return Calendar.within(entries(caller, termId, unitId, null), from, to);
    }

    public VisitResult recordVisit(Caller caller, VisitInput in) {
        caller.require(VISIT_WRITE);
        Checks checks = new Checks()
                .required("unitId", in.unitId(), "单位", "unit")
                .required("kind", in.kind(), "监督类别", "kind")
                .check(in.kind() == VisitKind.INSPECTION, "kind", "invalid", "巡察进驻由巡察规划安排，此处登记审计、纪检等进点",
                        "inspections come from round planning; record audit, discipline and other visits here")
                .required("organisation", in.organisation(), "实施单位", "organisation")
                .maxLength("organisation", in.organisation(), ORGANISATION_MAX, "实施单位", "organisation")
                .maxLength("project", in.project(), PROJECT_MAX, "项目名称", "project")
                .required("startsOn", in.startsOn(), "开始日期", "start date").required("endsOn", in.endsOn(), "结束日期", "end date")
                .notAfter("endsOn", in.startsOn(), in.endsOn(), "结束日期", "end date")
                .check(in.termId() == null && in.jointOperationId() == null, "termId", "required", "请指定届次或联动项目",
                        "give the term or the joint operation");
        Dates.plausible(checks, "startsOn", in.startsOn(), "开始日期", "the start date");
        Dates.plausible(checks, "endsOn", in.endsOn(), "结束日期", "the end date").throwIfInvalid();
        JointOperationEntity joint = in.jointOperationId() == null ? null : store.read(em -> jointOperation(em, caller, in.jointOperationId()));
        if (joint != null && in.termId() != null && in.termId() != joint.termId) {
            throw ApiException.validation(new Checks().add("termId", "invalid", "届次与联动项目的届次不一致",
                    "the term is not the joint operation's").errors());
        }
        long termId = joint != null ? joint.termId : in.termId();
        TermRef term = rounds.term(caller, "termId", termId);
        references.unit(caller, "unitId", in.unitId());
        // Visits of the same joint operation (its own round's inspection included) are meant to go together.
        List<Calendar.Entry> conflicts = Calendar.conflicts(entries(caller, termId, in.unitId(), joint), in.unitId(), in.startsOn(), in.endsOn());
        if (!conflicts.isEmpty() && settings.calendarConflict() == Settings.ConflictPolicy.REFUSE) {
            Calendar.Entry c = conflicts.get(0);
            throw ApiException.conflict("visit_conflict", "该单位在" + c.startsOn() + "至" + c.endsOn() + "已安排" + c.kind().nameZh()
                    + "（" + c.by() + "），时间重叠，不能重复进点", "The unit is visited by " + c.by() + " (" + c.kind().nameEn() + ") from "
                    + c.startsOn() + " to " + c.endsOn() + ": the periods overlap");
        }
        Calendar.Entry saved = store.write(em -> {
            VisitEntity v = new VisitEntity();
            v.divisionCode = term.divisionCode();
            v.termId = termId;
            v.unitId = in.unitId();
            v.kind = in.kind();
            v.organisation = in.organisation().trim();
            v.project = Texts.blank(in.project());
            v.startsOn = in.startsOn();
            v.endsOn = in.endsOn();
            v.jointOperationId = in.jointOperationId();
            v.createdBy = caller.username();
            v.createdAt = store.now();
            em.persist(v);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, TYPE, v.id, "登记" + v.kind.nameZh() + "进点（单位 " + v.unitId + "，"
                    + v.startsOn + "至" + v.endsOn + (conflicts.isEmpty() ? "" : "，与" + conflicts.size() + "项安排重叠") + "）");
            return v.toEntry();
        });
        return new VisitResult(saved, conflicts);
    }

    public void deleteVisit(Caller caller, long id) {
        caller.require(VISIT_WRITE);
        store.write(em -> {
            VisitEntity v = em.find(VisitEntity.class, id);
            if (v == null) {
                throw ApiException.notFound("进点安排", "visit", id);
            }
            caller.requireDivision(v.divisionCode);
            em.remove(v);
            store.audit(em, caller, AuditAction.DELETE, TYPE, id, "删除进点安排");
            return null;
        });
    }

    /** The joint operation a visit is recorded for: 400 on {@code jointOperationId} if there is none, 403 naming it if out of scope. */
    private static JointOperationEntity jointOperation(EntityManager em, Caller caller, long id) {
        JointOperationEntity j = em.find(JointOperationEntity.class, id);
        if (j == null) {
            throw ApiException.validation(new Checks().add("jointOperationId", "not_found", "联动项目不存在：" + id,
                    "joint operation not found: " + id).errors());
        }
        if (!caller.scope().coversDivision(j.divisionCode) || !caller.scope().coversRound(j.roundId)) {
            throw Rounds.outOfScope("jointOperationId", "该联动项目不在您的管辖范围内", "the joint operation is outside your scope");
        }
        return j;
    }

    /** Inspections and recorded visits of the term (of one unit if given), leaving out those of {@code sameOperation}. */
    private List<Calendar.Entry> entries(Caller caller, long termId, Long unitId, JointOperationEntity sameOperation) {
        List<Calendar.Entry> all = new ArrayList<>(rounds.ask(d -> Calendar.inspections(d, termId,
                r -> caller.scope().coversDivision(r.divisionCode()) && (sameOperation == null || r.id() != sameOperation.roundId))));
        Where w = Where.scoped(caller, "v.divisionCode", null).eq("v.termId", "term", termId).eq("v.unitId", "unit", unitId);
        if (sameOperation != null) {
            w.and("(v.jointOperationId is null or v.jointOperationId <> :same)", "same", sameOperation.id);
        }
        all.addAll(store.read(em -> w.list(em, VisitEntity.class, "v", "")).stream().map(VisitEntity::toEntry).toList());
        return unitId == null ? all : all.stream().filter(e -> e.unitId() == unitId).toList();
    }
}
