package org.xuncha.example.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.event.Events;
import org.xuncha.platform.api.persistence.SchemaMigrator;
import org.xuncha.platform.api.persistence.Transactions;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.AuditTrail;
import org.xuncha.platform.api.security.Caller;

/**
 * The pattern every module follows: migrate the module's tables first, then check permission and
 * scope at the top of each method, write and audit in one transaction, publish an event after.
 */
@Component(service = NoteService.class)
public class NoteServiceImpl implements NoteService {

    static final String MODULE = "example";

    private final EntityManagerFactory emf;
    private final Transactions tx;
    private final AuditTrail audit;
    private final ReferenceDataService reference;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public NoteServiceImpl(@Reference(target = "(osgi.unit.name=xuncha.example)") EntityManagerFactory emf,
                           @Reference SchemaMigrator migrator, @Reference Transactions tx, @Reference AuditTrail audit,
                           @Reference ReferenceDataService reference, @Reference EventAdmin events, @Reference Clock clock) {
        migrator.migrate(MODULE, getClass().getClassLoader(), "db/example/changelog.xml");
        this.emf = emf;
        this.tx = tx;
        this.audit = audit;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<Note> notes(Caller caller, long unitId) {
        caller.require(READ);
        Unit unit = unit(caller, unitId);
        return tx.read(emf, em -> em.createQuery("select n from NoteEntity n where n.unitId = :u order by n.id", NoteEntity.class)
                .setParameter("u", unit.id()).getResultList().stream().map(NoteEntity::toValue).toList());
    }

    @Override
    public Note add(Caller caller, Note note) {
        caller.require(WRITE);
        new Checks().required("unitId", note.unitId(), "单位", "unit")
                .required("text", note.text(), "内容", "text").maxLength("text", note.text(), 1000, "内容", "text")
                .throwIfInvalid();
        Unit unit = unit(caller, note.unitId());
        Note saved = tx.write(emf, em -> {
            NoteEntity e = new NoteEntity();
            e.unitId = unit.id();
            e.divisionCode = unit.divisionCode();
            e.text = note.text().trim();
            e.author = caller.username();
            e.createdAt = LocalDateTime.now(clock);
            em.persist(e);
            em.flush();
            audit.record(em, caller, AuditEntry.of(AuditAction.CREATE, MODULE, "note", e.id, "新增备注（单位 " + unit.id() + "）"));
            return e.toValue();
        });
        events.postEvent(new Event(TOPIC_CREATED, Map.of(Events.MODULE, MODULE, Events.ENTITY_ID, String.valueOf(saved.id()),
                Events.ACTOR, caller.username(), Events.TIMESTAMP, clock.millis())));
        return saved;
    }

    @Override
    public long count(Caller caller) {
        caller.require(READ);
        return tx.read(emf, em -> {
            if (caller.scope().allDivisions()) {
                return em.createQuery("select count(n) from NoteEntity n", Long.class).getSingleResult();
            }
            if (caller.scope().divisions().isEmpty()) {
                return 0L;
            }
            return em.createQuery("select count(n) from NoteEntity n where n.divisionCode in :d", Long.class)
                    .setParameter("d", caller.scope().divisions()).getSingleResult();
        });
    }

    private Unit unit(Caller caller, long unitId) {
        return reference.unit(caller, unitId).orElseThrow(() -> ApiException.notFound("单位", "unit", unitId));
    }
}
