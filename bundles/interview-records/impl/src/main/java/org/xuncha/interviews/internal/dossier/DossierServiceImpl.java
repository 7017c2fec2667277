package org.xuncha.interviews.internal.dossier;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.DossierService;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewEvents;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.Access;
import org.xuncha.interviews.internal.Leaders;
import org.xuncha.interviews.internal.Publisher;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.handover.HandOverServiceImpl;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl;
import org.xuncha.interviews.internal.record.InterviewRecordServiceImpl;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.roundplanning.api.GroupRef;
import org.xuncha.roundplanning.api.RoundRef;

/** The top-leader dossier: compiled on demand from signed-off records, read and exported under audit. */
@Component(service = DossierService.class, immediate = true)
public class DossierServiceImpl implements DossierService {

    private static final String MODULE = InterviewPermissions.MODULE;

    private final Rounds rounds;
    private final InterviewRecordServiceImpl records;
    private final InterviewPlanServiceImpl plans;
    private final HandOverServiceImpl handOvers;
    private final ReferenceDataService reference;
    private final AuditTrail audit;
    private final Publisher publisher;
    private final Clock clock;

    @Activate
    public DossierServiceImpl(@Reference Rounds rounds, @Reference InterviewRecordServiceImpl records,
                              @Reference InterviewPlanServiceImpl plans, @Reference HandOverServiceImpl handOvers,
                              @Reference ReferenceDataService reference, @Reference AuditTrail audit,
                              @Reference Publisher publisher, @Reference Clock clock) {
        this.rounds = rounds;
        this.records = records;
        this.plans = plans;
        this.handOvers = handOvers;
        this.reference = reference;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public LeaderDossier compile(Caller caller, long roundId, long unitId) {
        LeaderDossier d = build(caller, roundId, unitId);
        audit.record(caller, AuditEntry.of(AuditAction.READ, MODULE, "dossier", roundId + "/" + unitId,
                "查看专门材料（轮次 " + roundId + "，单位 " + unitId + "，" + d.recordsUsed() + " 份记录）"));
        return d;
    }

    @Override
    public Download export(Caller caller, long roundId, long unitId) {
        LeaderDossier d = build(caller, roundId, unitId);
        byte[] docx = DossierDocument.docx(d);
        audit.record(caller, AuditEntry.of(AuditAction.EXPORT, MODULE, "dossier", roundId + "/" + unitId,
                "导出专门材料（轮次 " + roundId + "，单位 " + unitId + "，" + d.recordsUsed() + " 份记录）"));
        publisher.post(InterviewEvents.DOSSIER_EXPORTED, caller, unitId, roundId, d.groupId(), unitId, Map.of());
        return new Download(DossierDocument.filename(d), DocxWriter.MEDIA_TYPE, docx);
    }

    private LeaderDossier build(Caller caller, long roundId, long unitId) {
        caller.require(InterviewPermissions.DOSSIER_READ);
        RoundRef round = rounds.round(roundId);
        GroupRef group = rounds.directory().groupForTarget(roundId, unitId).orElseThrow(() -> ApiException.notFound(
                "本轮巡察该单位的巡察组", "group inspecting the unit in this round", unitId));
        Access.requireScope(caller, round.divisionCode(), group.id(), unitId);
        Unit unit = reference.unit(caller, unitId).orElseThrow(() -> ApiException.notFound("单位", "unit", unitId));
        List<InterviewRecord> signed = records.signedRecords(roundId, unitId);
        return DossierCompiler.compile(new DossierCompiler.Input(roundId, round.name(), group.id(), group.name(), unitId, unit.name(),
                LocalDateTime.now(clock), Leaders.of(reference, caller, unitId), signed,
                handOvers.forSources(SourceType.RECORD, signed.stream().map(InterviewRecord::id).toList()),
                plans.check(caller, roundId, unitId)));
    }
}
