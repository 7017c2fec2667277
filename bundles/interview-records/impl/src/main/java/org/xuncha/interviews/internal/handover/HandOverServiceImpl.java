package org.xuncha.interviews.internal.handover;

import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.HandOverService;
import org.xuncha.interviews.api.HandOverState;
import org.xuncha.interviews.api.HandOverStatus;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.PendingHandOver;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.LeadTransfer;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.Store;
import org.xuncha.leadtransfer.api.LeadIntake;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Whether raised problems and leads can reach lead transfer now, which wait, and handing one over by
 * hand: the way for a group member to retry an item lead transfer refused.
 */
@Component(service = HandOverService.class, immediate = true)
public class HandOverServiceImpl implements HandOverService {

    /** Sortable fields of the list and their JPQL paths. */
    public static final Map<String, String> SORT = Map.of("id", "e.id", "raisedAt", "e.raisedAt");

    private final ModuleStore db;
    private final LeadTransfer leadTransfer;
    private final HandOverSender sender;
    private final RaiseService raised;

    @Activate
    public HandOverServiceImpl(@Reference Store store, @Reference LeadTransfer leadTransfer, @Reference HandOverSender sender,
                               @Reference RaiseService raised) {
        this.db = store.db();
        this.leadTransfer = leadTransfer;
        this.sender = sender;
        this.raised = raised;
    }

    @Override
    public HandOverState state(Caller caller) {
        caller.requireAny(InterviewRecordsPermissions.RECORD_READ, InterviewRecordsPermissions.LETTER_READ);
        Where w = ScopedEntity.where(caller, "e", null).eq("e.status", "status", HandOverStatus.PENDING);
        return new HandOverState(leadTransfer.available(), db.read(em -> w.count(em, HandOverEntity.class, "e")));
    }

    @Override
    public Page<PendingHandOver> list(Caller caller, HandOverStatus status, PlanQuery query, PageRequest page) {
        caller.requireAny(InterviewRecordsPermissions.RECORD_READ, InterviewRecordsPermissions.LETTER_READ);
        Where w = ScopedEntity.where(caller, "e", query).eq("e.status", "status", status);
        return db.read(em -> w.page(em, HandOverEntity.class, "e", Where.orderBy(page, SORT, "e.id"), page))
                .map(e -> new PendingHandOver(e.id, e.sourceType, e.sourceId, e.roundId, e.groupId, e.unitId, e.kind, e.topLeader,
                        e.status, e.targetId, e.raisedBy, e.raisedAt, e.attempts, e.lastError));
    }

    @Override
    public HandOver submit(Caller caller, long id) {
        HandOverEntity e = db.read(em -> HandOverSender.find(em, id));
        caller.require(e.sourceType == SourceType.RECORD ? InterviewRecordsPermissions.RECORD_WRITE : InterviewRecordsPermissions.LETTER_WRITE);
        e.requireScope(caller);
        if (e.status == HandOverStatus.HANDED_OVER) {
            throw ApiException.conflict("handed_over", "已移交（线索处置模块编号 " + e.targetId + "）", "Already handed over (" + e.targetId + ")");
        }
        LeadIntake intake = leadTransfer.require();
        try {
            sender.handOver(caller, id, intake);
        } catch (ApiException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            String reason = HandOverRules.reason(failed);
            throw new ApiException(502, "lead_transfer_failed", "线索处置模块未能接收，问题线索仍为待移交：" + reason,
                    "The lead-transfer module could not take it; it stays pending: " + reason);
        }
        return raised.get(id);
    }
}
