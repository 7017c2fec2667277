package org.xuncha.interviews.internal.letter;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.interviews.api.Download;
import org.xuncha.interviews.api.HandOver;
import org.xuncha.interviews.api.InterviewEvents;
import org.xuncha.interviews.api.InterviewPermissions;
import org.xuncha.interviews.api.Letter;
import org.xuncha.interviews.api.LetterChannel;
import org.xuncha.interviews.api.LetterDisposition;
import org.xuncha.interviews.api.LetterDraft;
import org.xuncha.interviews.api.LetterHandling;
import org.xuncha.interviews.api.LetterService;
import org.xuncha.interviews.api.LetterSummary;
import org.xuncha.interviews.api.PlanQuery;
import org.xuncha.interviews.api.RaiseDraft;
import org.xuncha.interviews.api.SourceType;
import org.xuncha.interviews.internal.Access;
import org.xuncha.interviews.internal.Files;
import org.xuncha.interviews.internal.InterviewRules;
import org.xuncha.interviews.internal.InterviewStore;
import org.xuncha.interviews.internal.Publisher;
import org.xuncha.interviews.internal.Rounds;
import org.xuncha.interviews.internal.handover.HandOverServiceImpl;
import org.xuncha.interviews.internal.plan.InterviewPlanServiceImpl;
import org.xuncha.platform.api.Statistic;
import org.xuncha.platform.api.files.Attachment;
import org.xuncha.platform.api.files.AttachmentStore;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.FieldCipher;

/** Letters and visits (信访) received by a group during a round. */
@Component(service = {LetterService.class, LetterServiceImpl.class}, immediate = true)
public class LetterServiceImpl implements LetterService {

    private static final String MODULE = InterviewPermissions.MODULE;
    static final String OWNER = "letter";
    public static final Set<String> SORT = Set.of("id", "receivedOn");

    private final InterviewStore store;
    private final Rounds rounds;
    private final HandOverServiceImpl handOvers;
    private final AuditTrail audit;
    private final FieldCipher cipher;
    private final AttachmentStore attachments;
    private final Publisher publisher;
    private final Clock clock;

    @Activate
    public LetterServiceImpl(@Reference InterviewStore store, @Reference Rounds rounds, @Reference HandOverServiceImpl handOvers,
                             @Reference AuditTrail audit, @Reference FieldCipher cipher, @Reference AttachmentStore attachments,
                             @Reference Publisher publisher, @Reference Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.handOvers = handOvers;
        this.audit = audit;
        this.cipher = cipher;
        this.attachments = attachments;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public Page<LetterSummary> letters(Caller caller, PlanQuery query, PageRequest page) {
        caller.require(InterviewPermissions.LETTER_READ);
        Access.Where w = Access.where(caller, "l", query);
        String order = Access.orderBy("l", page, "l.receivedOn desc, l.id desc");
        Page<LetterEntity> rows = store.read(em -> {
            long total = w.bind(em.createQuery("select count(l) from LetterEntity l" + w.sql(), Long.class)).getSingleResult();
            return new Page<>(w.bind(em.createQuery("select l from LetterEntity l" + w.sql() + order, LetterEntity.class))
                    .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), total, page.page(), page.size());
        });
        Map<Long, Integer> pending = handOvers.pendingCounts(SourceType.LETTER, rows.items().stream().map(l -> l.id).toList());
        return rows.map(l -> new LetterSummary(l.id, l.roundId, l.groupId, l.unitId, l.channel, l.receivedOn, l.anonymous, l.topLeader,
                l.leadingGroup, l.disposition, pending.getOrDefault(l.id, 0)));
    }

    @Override
    public Letter letter(Caller caller, long id) {
        caller.require(InterviewPermissions.LETTER_READ);
        Letter l = store.read(em -> view(find(em, caller, id)));
        audit.record(caller, AuditEntry.of(AuditAction.READ, MODULE, OWNER, id, "查看信访件"));
        return l;
    }

    @Override
    public Letter register(Caller caller, LetterDraft d) {
        caller.require(InterviewPermissions.LETTER_WRITE);
        Rounds.Target target = rounds.target(caller, d.roundId(), d.groupId(), d.unitId());
        new Checks().required("channel", d.channel(), "来源渠道", "channel")
                .required("receivedOn", d.receivedOn(), "收到日期", "date received")
                .check(d.receivedOn() != null && d.receivedOn().isAfter(java.time.LocalDate.now(clock)), "receivedOn", "out_of_range",
                        "收到日期不能晚于今天", "The date received cannot be in the future")
                .required("content", InterviewRules.trim(d.content()), "反映内容", "content")
                .maxLength("content", d.content(), InterviewRules.TEXT_MAX, "反映内容", "content")
                .maxLength("reporterName", d.reporterName(), InterviewRules.NAME_MAX, "反映人", "reporter")
                .maxLength("reporterContact", d.reporterContact(), 200, "联系方式", "contact")
                .throwIfInvalid();
        LetterEntity saved = store.write(em -> {
            LetterEntity e = new LetterEntity();
            target.applyTo(e);
            e.channel = d.channel();
            e.receivedOn = d.receivedOn();
            e.anonymous = InterviewRules.trim(d.reporterName()) == null;
            e.reporterNameEnc = cipher.encrypt(InterviewRules.trim(d.reporterName()));
            e.reporterContactEnc = cipher.encrypt(InterviewRules.trim(d.reporterContact()));
            e.contentEnc = cipher.encrypt(d.content().strip());
            e.topLeader = Boolean.TRUE.equals(d.concernsTopLeader());
            e.leadingGroup = Boolean.TRUE.equals(d.concernsLeadingGroup());
            e.disposition = LetterDisposition.PENDING;
            e.registeredBy = caller.username();
            e.registeredAt = LocalDateTime.now(clock);
            em.persist(e);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, OWNER, e.id, "登记信访件（" + e.channel.nameZh()
                    + "，轮次 " + e.roundId + "，单位 " + e.unitId + "）"));
            return e;
        });
        publisher.post(InterviewEvents.LETTER_SAVED, caller, saved.id, saved);
        return store.read(em -> view(em.find(LetterEntity.class, saved.id)));
    }

    @Override
    public Letter handle(Caller caller, long id, LetterHandling h) {
        caller.require(InterviewPermissions.LETTER_WRITE);
        new Checks().required("disposition", h.disposition(), "处理方式", "disposition")
                .check(h.disposition() == LetterDisposition.PENDING, "disposition", "invalid", "请选择处理方式", "Choose how it is handled")
                .maxLength("note", h.note(), InterviewRules.TEXT_MAX, "处理情况", "note")
                .throwIfInvalid();
        LetterEntity saved = store.write(em -> {
            LetterEntity e = find(em, caller, id);
            InterviewPlanServiceImpl.checkVersion(h.version(), e.version);
            e.disposition = h.disposition();
            e.handlingNoteEnc = cipher.encrypt(InterviewRules.trim(h.note()));
            e.handledBy = caller.username();
            e.handledAt = LocalDateTime.now(clock);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.TRANSITION, MODULE, OWNER, id, "信访件处理：" + e.disposition.nameZh()));
            return e;
        });
        publisher.post(InterviewEvents.LETTER_SAVED, caller, id, saved);
        return store.read(em -> view(em.find(LetterEntity.class, id)));
    }

    @Override
    public HandOver raise(Caller caller, long id, RaiseDraft draft) {
        caller.require(InterviewPermissions.LETTER_WRITE);
        LetterEntity e = store.read(em -> find(em, caller, id));
        HandOver raised = handOvers.raise(caller, SourceType.LETTER, id, e, draft);
        if (e.disposition == LetterDisposition.PENDING) {
            // Raising a problem or lead is how the letter is handled, unless the group already decided otherwise.
            store.write(em -> {
                LetterEntity l = em.find(LetterEntity.class, id);
                l.disposition = LetterDisposition.RAISED;
                l.handledBy = caller.username();
                l.handledAt = LocalDateTime.now(clock);
                audit.record(em, caller, AuditEntry.of(AuditAction.TRANSITION, MODULE, OWNER, id, "信访件处理：" + l.disposition.nameZh()));
                return null;
            });
        }
        return raised;
    }

    @Override
    public Attachment attach(Caller caller, long id, String filename, String contentType, byte[] content) {
        caller.require(InterviewPermissions.LETTER_WRITE);
        store.read(em -> find(em, caller, id));
        return Files.attach(attachments, caller, OWNER, id, filename, contentType, content);
    }

    @Override
    public Download attachment(Caller caller, long id, long attachmentId) {
        caller.require(InterviewPermissions.LETTER_READ);
        store.read(em -> find(em, caller, id));
        return Files.download(attachments, caller, OWNER, id, attachmentId);
    }

    /** Letters and visits by channel, in the caller's scope. */
    public List<Statistic> statistics(Caller caller) {
        Access.Where w = Access.where(caller, "l", null);
        Map<LetterChannel, Long> byChannel = new EnumMap<>(LetterChannel.class);
        store.read(em -> w.bind(em.createQuery("select l.channel, count(l) from LetterEntity l" + w.sql() + " group by l.channel",
                Object[].class)).getResultList()).forEach(row -> byChannel.put((LetterChannel) row[0], (Long) row[1]));
        List<Statistic.DataPoint> points = new ArrayList<>();
        for (LetterChannel c : LetterChannel.values()) {
            points.add(new Statistic.DataPoint(c.nameZh(), c.nameEn(), byChannel.getOrDefault(c, 0L)));
        }
        return List.of(new Statistic(MODULE + ".letters", "巡察期间受理信访件", "Letters and visits received",
                byChannel.values().stream().mapToLong(Long::longValue).sum(), "pie", points));
    }

    private static LetterEntity find(EntityManager em, Caller caller, long id) {
        LetterEntity e = em.find(LetterEntity.class, id);
        if (e == null) {
            throw ApiException.notFound("信访件", "letter", id);
        }
        Access.requireScope(caller, e);
        return e;
    }

    private Letter view(LetterEntity e) {
        return new Letter(e.id, e.roundId, e.groupId, e.unitId, e.channel, e.receivedOn, cipher.decrypt(e.reporterNameEnc),
                cipher.decrypt(e.reporterContactEnc), cipher.decrypt(e.contentEnc), e.topLeader, e.leadingGroup, e.disposition,
                cipher.decrypt(e.handlingNoteEnc), e.handledBy, e.handledAt, e.registeredBy, e.registeredAt,
                handOvers.forSources(SourceType.LETTER, List.of(e.id)), handOvers.available(),
                attachments.list(MODULE, OWNER, String.valueOf(e.id)), e.version);
    }
}
