package org.xuncha.platform.security.internal.jaas;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open console sessions (SSH and the local terminal) of each account, so that a reset of its
 * second factor or password, or its disabling, ends them at once and not only at the next sign-in
 * (issue 15: the console checks the factor at sign-in only, so an open session would outlive the
 * reset of a lost authenticator). Karaf's shell has no list of its sessions: {@link CommandAudit}
 * reports every session here when it runs its first line (the start script included), with the
 * Karaf session the shell keeps in the session's {@code .session} variable. Sessions are held
 * weakly, so a session that ended by itself is forgotten.
 */
@Component(service = ConsoleSessions.class)
public class ConsoleSessions {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleSessions.class);

    private final Map<String, Set<Closeable>> open = new ConcurrentHashMap<>();

    /** A line ran in this session of {@code username}; {@code session} is the shell's {@code .session} variable. */
    void seen(String username, Object session) {
        if (username != null && session instanceof Closeable c) {
            open.computeIfAbsent(username, u -> Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()))).add(c);
        }
    }

    /** Ends every open console session of the account; returns how many were open. */
    public int end(String username) {
        Set<Closeable> sessions = username == null ? null : open.remove(username);
        if (sessions == null) {
            return 0;
        }
        List<Closeable> all;
        synchronized (sessions) {
            all = List.copyOf(sessions);
        }
        for (Closeable s : all) {
            try {
                s.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not end a console session of {}: {}", username, e.toString());
            }
        }
        if (!all.isEmpty()) {
            LOG.info("Ended {} console session(s) of {}", all.size(), username);
        }
        return all.size();
    }
}
