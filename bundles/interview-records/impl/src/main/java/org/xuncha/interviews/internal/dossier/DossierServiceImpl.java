package org.xuncha.interviews.internal.dossier;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.DossierService;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.InterviewRecord;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.LeaderDossier;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.People;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.Store;
import org.xuncha.interviews.internal.handover.RaiseService;
import org.xuncha.interviews.internal.plan.MandatoryTopicService;
import org.xuncha.interviews.internal.record.RecordContent;
import org.xuncha.platform.api.documents.DocumentService;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/** The top-leader dossier: compiled on demand from signed-off records, read and exported under audit. */
@Component(service = DossierService.class, immediate = true)
public class DossierServiceImpl implements DossierService {

    private static final String TYPE = "dossier";

    private final ModuleStore db;
    private final Rounds rounds;
    private final People people;
    private final RecordContent records;
    private final MandatoryTopicService mandatory;
    private final RaiseService raised;
    private final DocumentService documents;

    @Activate
    public DossierServiceImpl(@Reference Store store, @Reference Rounds rounds, @Reference People people,
                              @Reference RecordContent records, @Reference MandatoryTopicService mandatory,
                              @Reference RaiseService raised, @Reference DocumentService documents) {
        this.db = store.db();
        this.rounds = rounds;
        this.people = people;
        this.records = records;
        this.mandatory = mandatory;
        this.raised = raised;
        this.documents = documents;
    }

    @Override
    public LeaderDossier compile(Caller caller, long roundId, long unitId) {
        LeaderDossier d = build(caller, roundId, unitId);
        db.audit(caller, AuditAction.READ, TYPE, roundId + "/" + unitId,
                "查看专门材料（轮次 " + roundId + "，单位 " + unitId + "，" + d.recordsUsed() + " 份记录）");
        return d;
    }

    @Override
    public Download export(Caller caller, long roundId, long unitId) {
        LeaderDossier d = build(caller, roundId, unitId);
        byte[] docx = documents.docx(DossierDocument.content(d));
        db.audit(caller, AuditAction.EXPORT, TYPE, roundId + "/" + unitId,
                "导出专门材料（轮次 " + roundId + "，单位 " + unitId + "，" + d.recordsUsed() + " 份记录）");
        db.post(InterviewRecordsEvents.DOSSIER_EXPORTED, caller, unitId, InterviewRecordsEvents.ROUND_ID, roundId,
                InterviewRecordsEvents.GROUP_ID, d.groupId(), InterviewRecordsEvents.UNIT_ID, unitId);
        return new Download(DossierDocument.filename(d), DocumentService.DOCX, docx);
    }

    private LeaderDossier build(Caller caller, long roundId, long unitId) {
        caller.require(InterviewRecordsPermissions.DOSSIER_READ);
        Rounds.Target target = rounds.inspecting(caller, roundId, unitId);
        Unit unit = people.unit(caller, unitId);
        if (unit == null) {
            throw ApiException.notFound("单位", "unit", unitId);
        }
        List<InterviewRecord> signed = records.signedRecords(roundId, unitId);
        return DossierCompiler.compile(new DossierCompiler.Input(roundId, target.round().name(), target.group().id(),
                target.group().name(), unitId, unit.name(), db.now(), people.leaders(caller, unitId), signed,
                raised.forSources(SourceType.RECORD, signed.stream().map(InterviewRecord::id).toList()),
                mandatory.check(caller, roundId, unitId)));
    }
}
