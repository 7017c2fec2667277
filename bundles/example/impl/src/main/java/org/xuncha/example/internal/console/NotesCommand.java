package org.xuncha.example.internal.console;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.xuncha.example.api.NoteService;
import org.xuncha.platform.api.security.CallerResolver;

/** {@code xuncha:example-notes}: the same service method as the dashboard, as the console user. */
@Service
@Command(scope = "xuncha", name = "example-notes", description = "备注数量 / Count the notes you can see")
public class NotesCommand implements Action {

    @Reference
    NoteService notes;

    @Reference
    CallerResolver callers;

    @Override
    public Object execute() {
        System.out.println("notes: " + notes.count(callers.console()));
        return null;
    }
}
