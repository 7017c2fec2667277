package org.xuncha.platform.internal.modules;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.xuncha.platform.api.security.Caller;

/** Completes module ids from the feature repositories. */
@Service
public class ModuleIdCompleter implements Completer {

    @Reference
    ModuleManager manager;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        manager.list(Caller.system("completion")).forEach(m -> delegate.getStrings().add(m.id()));
        return delegate.complete(session, commandLine, candidates);
    }
}
