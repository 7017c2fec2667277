package org.xuncha.example.internal.labels;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.xuncha.example.api.Note;
import org.xuncha.example.api.NoteLabel;
import org.xuncha.example.api.NoteLabels;
import org.xuncha.example.api.ExamplePermissions;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.persistence.ModuleStore;
import org.xuncha.platform.api.persistence.ModuleStores;
import org.xuncha.platform.api.rest.ApiException;
import org.xuncha.platform.api.rest.Checks;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.Caller;

/**
 * Labels kept in the column 1.1.0 adds to {@code xc_example_note}. Written against the example's
 * API and the platform's only: the notes a caller may see come from {@link NoteService} (which checks
 * permission and scope), the column is read and written with SQL through a store of its own.
 */
@Component(service = NoteLabels.class)
public class NoteLabelsImpl implements NoteLabels {

    static final int MAX_LENGTH = 20;

    private final ModuleStore store;
    private final NoteService notes;

    @Activate
    public NoteLabelsImpl(@Reference(target = "(osgi.unit.name=xuncha.example)") EntityManagerFactory emf,
                          @Reference ModuleStores stores, @Reference NoteService notes) {
        // migrates to the 1.1.0 changelog (the label column) unless the module's own store did already
        this.store = stores.open("example", emf, getClass().getClassLoader(), "db/example/changelog.xml");
        this.notes = notes;
    }

    @Override
    public NoteLabel label(Caller caller, long noteId, String label) {
        caller.require(ExamplePermissions.WRITE);
        new Checks().maxLength("label", label, MAX_LENGTH, "标签", "label").throwIfInvalid();
        Long unitId = store.sql(c -> {
            try (PreparedStatement s = c.prepareStatement("select unit_id from xc_example_note where id = ?")) {
                s.setLong(1, noteId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getLong(1) : null;
                }
            }
        });
        // a note outside the caller's scope is as unknown as a missing one
        if (unitId == null || !visible(caller, unitId).contains(noteId)) {
            throw ApiException.notFound("备注", "note", noteId);
        }
        String value = label == null || label.isBlank() ? null : label.trim();
        store.write(em -> {
            em.createNativeQuery("update xc_example_note set label = ?1 where id = ?2")
                    .setParameter(1, value).setParameter(2, noteId).executeUpdate();
            store.audit(em, caller, AuditAction.UPDATE, "note", noteId, value == null ? "清除备注标签" : "设置备注标签");
            return null;
        });
        return new NoteLabel(noteId, value);
    }

    @Override
    public List<NoteLabel> labels(Caller caller, long unitId) {
        Set<Long> visible = visible(caller, unitId);
        List<NoteLabel> all = store.sql(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select id, label from xc_example_note where unit_id = ? and label is not null order by id")) {
                s.setLong(1, unitId);
                List<NoteLabel> found = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        found.add(new NoteLabel(r.getLong(1), r.getString(2)));
                    }
                }
                return found;
            }
        });
        return all.stream().filter(l -> visible.contains(l.noteId())).toList();
    }

    /** Ids of the unit's notes the caller may read, page by page (NoteService refuses a caller without permission or scope). */
    private Set<Long> visible(Caller caller, long unitId) {
        Set<Long> ids = new HashSet<>();
        for (int page = 1; ; page++) {
            Page<Note> notesPage = notes.notes(caller, unitId, new PageRequest(page, PageRequest.MAX_SIZE, List.of()));
            notesPage.items().forEach(n -> ids.add(n.id()));
            if (notesPage.items().isEmpty() || (long) page * PageRequest.MAX_SIZE >= notesPage.total()) {
                return ids;
            }
        }
    }
}
