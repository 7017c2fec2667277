package org.xuncha.platform.security.internal.jaas;

import java.security.AccessController;
import java.security.Principal;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.security.auth.Subject;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.CommandSessionListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.api.security.AuditAction;
import org.xuncha.platform.api.security.AuditEntry;
import org.xuncha.platform.api.security.Caller;
import org.xuncha.platform.api.security.CallerResolver;
import org.xuncha.platform.api.security.DataScope;
import org.xuncha.platform.security.internal.SecuritySetup;
import org.xuncha.platform.security.internal.audit.AuditTrailImpl;

/**
 * Every command line run in the Karaf console (SSH or the local terminal) becomes an audit record:
 * who ran it, the line, and whether it ran, failed, or was refused by the console's duty ACLs
 * ({@code etc/org.apache.karaf.command.acl.*.cfg}). Karaf's shell calls every registered
 * {@link CommandSessionListener} after each line, in the session's thread, so the signed-in subject is
 * at hand. The initialisation script of a session is not a command anyone typed and is not recorded.
 * The record is written by a thread of its own, which the session thread waits for: Karaf interrupts
 * the session thread when the session ends ({@code logout}, a closed connection), and an interrupt
 * that meets the embedded database's file channel in the middle of a write closes the whole database
 * (H2: ClosedByInterruptException, every request a 500 until restart).
 */
@Component(service = CommandSessionListener.class, immediate = true)
public class CommandAudit implements CommandSessionListener {

    static final String ENTITY = "console-command";
    private static final int MAX_LINE = 300;
    private static final Logger LOG = LoggerFactory.getLogger(CommandAudit.class);

    private final AuditTrailImpl audit;
    private final CallerResolver callers;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xuncha-console-audit");
        t.setDaemon(true);
        return t;
    });

    private final ConsoleSessions open;

    @Activate
    public CommandAudit(@Reference AuditTrailImpl audit, @Reference CallerResolver callers, @Reference ConsoleSessions open) {
        this.audit = audit;
        this.callers = callers;
        this.open = open;
    }

    @Deactivate
    void stop() {
        writer.shutdown();
    }

    @Override
    public void beforeExecute(CommandSession session, CharSequence command) {
        // recorded once its outcome is known; the session is known from its first line on (the start script), to be ended
        open.seen(user(session), session.get(".session"));
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Object result) {
        record(session, command, null);
    }

    @Override
    public void afterExecute(CommandSession session, CharSequence command, Exception exception) {
        record(session, command, exception);
    }

    private void record(CommandSession session, CharSequence command, Exception exception) {
        String line = command == null ? "" : command.toString().strip();
        // not the session's "script" variable: anyone can set that one (script = x) and go unrecorded
        if (line.isEmpty() || runningInitScript() || initScript(command.toString())) {
            return;
        }
        String user = user(session);
        String outcome = outcome(exception);
        String shown = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) + "…" : line;
        AuditEntry entry = AuditEntry.of(AuditAction.SECURITY, SecuritySetup.MODULE, ENTITY, user, "控制台命令" + outcome + "：" + shown);
        try {
            awaitUninterruptibly(writer.submit(() -> audit.record(caller(user), entry)));
        } catch (ExecutionException | RuntimeException e) {
            LOG.error("Could not audit the console command of {}: {}", user, e instanceof ExecutionException ? e.getCause() : e);
        }
    }

    /** Waits for the record even if the session ends meanwhile; the interrupt is kept for the session thread. */
    static void awaitUninterruptibly(Future<?> done) throws ExecutionException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    done.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Karaf runs the start scripts in the session's thread from {@code executeScript} of
     * ConsoleSessionImpl (an interactive session) or of the SSH ShellCommand (a command sent with
     * the connection, as {@code bin/client} does).
     */
    static boolean runningInitScript() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> f.getMethodName().contains("xecuteScript")
                && f.getClassName().startsWith("org.apache.karaf.shell.")));
    }

    /**
     * Whether this "command" is one of the console's initialisation scripts
     * ({@code karaf.shell.init.script}, files under {@code etc/}), which Karaf runs at the start of
     * every session: the text is compared with the files, so a typed command is never taken for one.
     */
    static boolean initScript(String text) {
        String names = System.getProperty("karaf.shell.init.script");
        String etc = System.getProperty("karaf.etc");
        if (names == null || etc == null) {
            return false;
        }
        for (String name : names.split(",")) {
            java.nio.file.Path pattern = java.nio.file.Path.of(etc).resolve(name.strip());
            try (java.nio.file.DirectoryStream<java.nio.file.Path> files =
                         java.nio.file.Files.newDirectoryStream(pattern.getParent(), pattern.getFileName().toString())) {
                for (java.nio.file.Path f : files) {
                    // compared without white space: the shell hands the script over re-spaced
                    if (java.nio.file.Files.readString(f).replaceAll("\\s+", "").equals(text.replaceAll("\\s+", ""))) {
                        return true;
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // not readable: then it is not what ran
            }
        }
        return false;
    }

    /** 已执行 / 被拒绝 / 失败: refusals are what an auditor looks for. */
    static String outcome(Exception exception) {
        if (exception == null) {
            return "（已执行）";
        }
        return refused(exception) ? "（被拒绝）" : "（失败）";
    }

    /** The duty ACLs refuse with "command not found" (a command the role may not see) or a SecurityException. */
    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SecurityException || t.getClass().getSimpleName().equals("CommandNotFoundException")) {
                return true;
            }
        }
        return false;
    }

    private static String user(CommandSession session) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal p : subject.getPrincipals()) {
                if (p.getClass().getSimpleName().equals("UserPrincipal")) {
                    return p.getName();
                }
            }
        }
        Object user = session.get("USER");
        return user == null ? "unknown" : user.toString();
    }

    private Caller caller(String user) {
        try {
            return callers.byUsername(user).orElseGet(() -> unknown(user));
        } catch (RuntimeException e) {
            return unknown(user);
        }
    }

    private static Caller unknown(String user) {
        return new Caller(0, user, user, null, null, Set.of(), Set.of(), DataScope.everything());
    }
}
