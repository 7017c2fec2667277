package org.xuncha.example.internal.note;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.example.api.ExampleEvents;
import org.xuncha.example.api.ExamplePermissions;
import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteDraft;
import org.xuncha.example.api.NoteService;
import org.xuncha.example.internal.Store;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.Where;
import org.xuncha.platform.api.reference.ReferenceDataService;
import org.xuncha.platform.api.reference.Unit;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * The pattern every module's service follows: permission first, then validation and scope, then
 * the change and its audit record in one transaction, then the event after the commit.
 *
 * <p>Scope: a note carries its unit's division, so the organisational scope is a filter on the
 * note itself; a group role sees only the notes of the units its groups inspect.
 */
@Component(service = NoteService.class)
public class NoteServiceImpl implements NoteService {

    private final ModuleStore store;
    private final ReferenceDataService reference;

    @Activate
    public NoteServiceImpl(@Reference Store store, @Reference ReferenceDataService reference) {
        this.store = store.db();
        this.reference = reference;
    }

    @Override
    public Page<Note> notes(Caller caller, Long unitId, PageRequest page) {
        caller.require(ExamplePermissions.READ);
        if (unitId != null) {
            Unit unit = reference.unit(caller, unitId).orElseThrow(() -> ApiException.notFound("单位", "unit", unitId));
            requireUnit(caller, unit.id());
        }
        return store.read(em -> inScope(caller).eq("n.unitId", "unitId", unitId)
                .page(em, NoteEntity.class, "n", Where.orderBy(page, NoteRules.SORT, "n.id"), page)
                .map(NoteEntity::toValue));
    }

    @Override
    public Note note(Caller caller, long id) {
        caller.require(ExamplePermissions.READ);
        NoteEntity note = store.read(em -> em.find(NoteEntity.class, id));
        if (note == null) {
            throw ApiException.notFound("备注", "note", id);
        }
        caller.requireDivision(note.divisionCode);
        requireUnit(caller, note.unitId);
        return note.toValue();
    }

    @Override
    public Note add(Caller caller, NoteDraft draft) {
        caller.require(ExamplePermissions.WRITE);
        NoteRules.check(draft);
        // the unit is looked up, never stored blind: unknown is a field error, another division's a 403
        Unit unit = reference.unit(caller, draft.unitId()).orElse(null);
        new Checks().check(unit == null, "unitId", "not_found", "单位不存在：" + draft.unitId(), "Unit not found: " + draft.unitId())
                .throwIfInvalid();
        requireUnit(caller, unit.id());
        Note saved = store.write(em -> {
            NoteEntity e = new NoteEntity();
            e.unitId = unit.id();
            e.divisionCode = unit.divisionCode();
            e.text = NoteRules.text(draft);
            e.author = caller.username();
            e.createdAt = store.now();
            em.persist(e);
            em.flush();
            store.audit(em, caller, AuditAction.CREATE, "note", e.id, "新增备注（单位 " + unit.id() + "）");
            return e.toValue();
        });
        store.post(ExampleEvents.NOTE_CREATED, caller, saved.id(), ExampleEvents.UNIT_ID, saved.unitId());
        return saved;
    }

    @Override
    public long count(Caller caller) {
        caller.require(ExamplePermissions.READ);
        return store.read(em -> inScope(caller).count(em, NoteEntity.class, "n"));
    }

    /** The notes the caller may see: their divisions and, for group roles, their groups' units. */
    private static Where inScope(Caller caller) {
        Where w = Where.scoped(caller, "n.divisionCode", null);
        return caller.scope().groupLimited() ? w.in("n.unitId", "scopeUnits", caller.scope().group().unitIds()) : w;
    }

    /** A group role works only on the units its groups inspect (the division was checked with the unit). */
    private static void requireUnit(Caller caller, long unitId) {
        if (!caller.scope().coversUnit(unitId)) {
            throw ApiException.outOfScope();
        }
    }
}
