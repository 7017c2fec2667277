package org.xuncha.interviews.internal.letter;

import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.InterviewRecordsEvents;
import org.xuncha.interviews.api.InterviewRecordsPermissions;
import org.xuncha.interviews.api.Letter;
import org.xuncha.interviews.api.LetterDisposition;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.LetterHandling;
import org.xuncha.interviews.api.LetterService;
import org.xuncha.interviews.api.LetterSummary;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.ScopedEntity;
import org.xuncha.interviews.internal.Store;
import org.xuncha.interviews.internal.attachment.AttachmentService;
import org.xuncha.interviews.internal.handover.RaiseService;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/** Letters and visits (信访) received by a group during a round. Reporter, content and handling note are encrypted. */
@Component(service = LetterService.class, immediate = true)
public class LetterServiceImpl implements LetterService {

    /** Sortable fields of the list and their JPQL paths. */
    public static final Map<String, String> SORT = Map.of("id", "l.id", "receivedOn", "l.receivedOn");
    static final String TYPE = "letter";

    private final ModuleStore db;
    private final Rounds rounds;
    private final RaiseService raised;
    private final AttachmentService attachments;

    @Activate
    public LetterServiceImpl(@Reference Store store, @Reference Rounds rounds, @Reference RaiseService raised,
                             @Reference AttachmentService attachments) {
        this.db = store.db();
        this.rounds = rounds;
        this.raised = raised;
        this.attachments = attachments;
    }

    @Override
    public Page<LetterSummary> letters(Caller caller, PlanQuery query, PageRequest page) {
        caller.require(InterviewRecordsPermissions.LETTER_READ);
        Where w = ScopedEntity.where(caller, "l", query);
        Page<LetterEntity> rows = db.read(em -> w.page(em, LetterEntity.class, "l", Where.orderBy(page, SORT, "l.id"), page));
        Map<Long, Integer> pending = raised.pendingCounts(SourceType.LETTER, rows.items().stream().map(l -> l.id).toList());
        return rows.map(l -> new LetterSummary(l.id, l.roundId, l.groupId, l.unitId, l.channel, l.receivedOn, l.anonymous, l.topLeader,
                l.leadingGroup, l.disposition, pending.getOrDefault(l.id, 0)));
    }

    @Override
    public Letter letter(Caller caller, long id) {
        caller.require(InterviewRecordsPermissions.LETTER_READ);
        Letter l = db.read(em -> view(find(em, caller, id)));
        db.audit(caller, AuditAction.READ, TYPE, id, "查看信访件");
        return l;
    }

    @Override
    public Letter register(Caller caller, LetterDraft draft) {
        caller.require(InterviewRecordsPermissions.LETTER_WRITE);
        LetterDraft d = InterviewRules.body(draft);
        Checks checks = new Checks();
        Rounds.Target target = rounds.target(caller, d.roundId(), d.groupId(), d.unitId(), checks);
        LetterRules.check(d, db.today(), checks);
        checks.throwIfInvalid();
        LetterEntity saved = db.write(em -> {
            LetterEntity e = new LetterEntity();
            target.applyTo(e);
            e.channel = d.channel();
            e.receivedOn = d.receivedOn();
            e.anonymous = InterviewRules.trim(d.reporterName()) == null;
            e.topLeader = Boolean.TRUE.equals(d.concernsTopLeader());
            e.leadingGroup = Boolean.TRUE.equals(d.concernsLeadingGroup());
            e.disposition = LetterDisposition.PENDING;
            e.registeredBy = caller.username();
            e.registeredAt = db.now();
            em.persist(e);
            // encrypted once the row has its id, which each ciphertext is bound to
            e.reporterNameEnc = db.encrypt(InterviewRules.trim(d.reporterName()), e.cipherPlace("reporter_name_enc"));
            e.reporterContactEnc = db.encrypt(InterviewRules.trim(d.reporterContact()), e.cipherPlace("reporter_contact_enc"));
            e.contentEnc = db.encrypt(d.content().strip(), e.cipherPlace("content_enc"));
            em.flush();
            db.audit(em, caller, AuditAction.CREATE, TYPE, e.id, "登记信访件（" + e.channel.nameZh() + "，轮次 " + e.roundId + "，单位 "
                    + e.unitId + "）");
            return e;
        });
        db.post(InterviewRecordsEvents.LETTER_SAVED, caller, saved.id, saved.eventProperties());
        return db.read(em -> view(em.find(LetterEntity.class, saved.id)));
    }

    @Override
    public Letter handle(Caller caller, long id, LetterHandling handling) {
        caller.require(InterviewRecordsPermissions.LETTER_WRITE);
        LetterHandling h = InterviewRules.body(handling);
        Checks checks = new Checks();
        LetterRules.check(h, checks);
        checks.throwIfInvalid();
        LetterEntity saved = db.write(em -> {
            LetterEntity e = find(em, caller, id);
            InterviewRules.checkVersion(h.version(), e.version);
            e.disposition = h.disposition();
            e.handlingNoteEnc = db.encrypt(InterviewRules.trim(h.note()), e.cipherPlace("handling_note_enc"));
            e.handledBy = caller.username();
            e.handledAt = db.now();
            em.flush();
            db.audit(em, caller, AuditAction.TRANSITION, TYPE, id, "信访件处理：" + e.disposition.nameZh());
            return e;
        });
        db.post(InterviewRecordsEvents.LETTER_SAVED, caller, id, saved.eventProperties());
        return db.read(em -> view(em.find(LetterEntity.class, id)));
    }

    @Override
    public HandOver raise(Caller caller, long id, RaiseDraft draft) {
        caller.require(InterviewRecordsPermissions.LETTER_WRITE);
        LetterEntity e = db.read(em -> find(em, caller, id));
        HandOver handOver = raised.raise(caller, SourceType.LETTER, id, e, draft);
        if (e.disposition == LetterDisposition.PENDING) {
            // Raising a problem or lead is how the letter is handled, unless the group already decided otherwise.
            db.write(em -> {
                LetterEntity l = em.find(LetterEntity.class, id);
                l.disposition = LetterDisposition.RAISED;
                l.handledBy = caller.username();
                l.handledAt = db.now();
                db.audit(em, caller, AuditAction.TRANSITION, TYPE, id, "信访件处理：" + l.disposition.nameZh());
                return null;
            });
        }
        return handOver;
    }

    @Override
    public Attachment attach(Caller caller, long id, String filename, String contentType, byte[] content) {
        caller.require(InterviewRecordsPermissions.LETTER_WRITE);
        db.read(em -> find(em, caller, id));
        return attachments.attach(caller, TYPE, id, filename, contentType, content);
    }

    @Override
    public Download attachment(Caller caller, long id, long attachmentId) {
        caller.require(InterviewRecordsPermissions.LETTER_READ);
        db.read(em -> find(em, caller, id));
        return attachments.download(caller, TYPE, id, attachmentId);
    }

    private static LetterEntity find(EntityManager em, Caller caller, long id) {
        LetterEntity e = em.find(LetterEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("信访件", "letter", id);
        }
        e.requireScope(caller);
        return e;
    }

    private Letter view(LetterEntity e) {
        return new Letter(e.id, e.roundId, e.groupId, e.unitId, e.channel, e.receivedOn, db.decrypt(e.reporterNameEnc, e.cipherPlace("reporter_name_enc")),
                db.decrypt(e.reporterContactEnc, e.cipherPlace("reporter_contact_enc")), db.decrypt(e.contentEnc, e.cipherPlace("content_enc")), e.topLeader, e.leadingGroup, e.disposition,
                db.decrypt(e.handlingNoteEnc, e.cipherPlace("handling_note_enc")), e.handledBy, e.handledAt, e.registeredBy, e.registeredAt,
                raised.forSources(SourceType.LETTER, List.of(e.id)), raised.available(), attachments.list(TYPE, e.id), e.version);
    }
}
