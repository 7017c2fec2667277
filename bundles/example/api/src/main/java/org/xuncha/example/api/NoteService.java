package org.xuncha.example.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;
import org.xuncha.platform.api.security.Caller;

/** Notes on units. Every method checks the caller's permission and division scope. */
@ProviderType
public interface NoteService {

    /** Permission to read notes. */
    String READ = "example.notes.read";
    /** Permission to write notes. */
    String WRITE = "example.notes.write";
    /** Event topic posted when a note is added. */
    String TOPIC_CREATED = "xuncha/example/note_created";

    List<Note> notes(Caller caller, long unitId);

    Note add(Caller caller, Note note);

    long count(Caller caller);
}
