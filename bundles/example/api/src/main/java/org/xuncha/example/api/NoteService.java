package org.xuncha.example.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.rest.Page;
import org.xuncha.platform.api.rest.PageRequest;
import org.xuncha.platform.api.security.Caller;

/**
 * Notes on units. Every method takes the caller first and checks its permission and scope: the
 * REST resource, the console command and other modules all go through here.
 */
@ProviderType
public interface NoteService {

    /** Fields a list of notes can be sorted by. */
    Set<String> SORTABLE = Set.of("id", "createdAt");

    /**
     * One page of the notes in the caller's scope, of one unit when {@code unitId} is given.
     *
     * @throws org.xuncha.platform.api.rest.ApiException 404 for an unknown unit, 403 for one outside the caller's scope
     */
    Page<Note> notes(Caller caller, Long unitId, PageRequest page);

    /** @throws org.xuncha.platform.api.rest.ApiException 404 unless the note exists and is in the caller's scope */
    Note note(Caller caller, long id);

    /** Adds a note, audited, and posts {@link ExampleEvents#NOTE_CREATED} after the commit. */
    Note add(Caller caller, NoteDraft draft);

    /** How many notes the caller can see, for the dashboard. */
    long count(Caller caller);
}
