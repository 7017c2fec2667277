package org.xuncha.example.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/**
 * Labels on notes (since 1.1.0, API package 1.1.0). Reading needs {@link NoteService#READ} and
 * labelling {@link NoteService#WRITE}, both within the caller's division scope, as for the notes.
 */
@ProviderType
public interface NoteLabels {

    /** Sets the label of a note; a blank label clears it. */
    NoteLabel label(Caller caller, long noteId, String label);

    /** The labels of a unit's notes, in note order; notes without a label are left out. */
    List<NoteLabel> labels(Caller caller, long unitId);
}
