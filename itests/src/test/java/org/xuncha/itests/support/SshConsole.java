package org.xuncha.itests.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.auth.password.UserAuthPasswordFactory;

/**
 * The Karaf console over SSH from the test JVM, with Apache MINA sshd's client (the library Karaf's own
 * bin/client is made of; the same requests: password authentication, then an exec request or an
 * interactive shell).
 * <p>
 * An administrator's sign-in spends a one-time code of its second factor, and the server takes each
 * 30-second step once per account: a new sign-in per command made the suites wait for the clock. So an
 * administrator's interactive console session (a shell channel, as bin/client without a command opens)
 * is kept per account until the distribution stops or the server closes it (a restart): each command
 * is typed as a line of its own and its output read up to the next prompt, CommandAudit recording each
 * line as for a person at the console. The next command after a closed session signs in anew, with a new
 * code. (An exec request cannot be reused: Karaf's sshd closes the SSH session after it.) One-off
 * sessions with a given password (e.g. a wrong code) run their script as one exec request, as bin/client
 * -b does, and are never kept.
 */
final class SshConsole implements AutoCloseable {

    private static final Duration CONNECT = Duration.ofSeconds(30);
    private static final Duration COMMAND = Duration.ofSeconds(180);
    private static final int CONNECT_ATTEMPTS = 4;

    private final int port;
    private final Map<String, ConsoleShell> kept = new HashMap<>();
    private SshClient client;

    SshConsole(int port) {
        this.port = port;
    }

    /**
     * Runs each command as a line of its own at the account's kept console session (refused or not, the
     * next one runs), signing in with {@code password} when a new session is needed (asked only then),
     * and returns their output without the prompts and the echoed lines.
     */
    synchronized String session(String user, Supplier<String> password, List<String> commands) {
        StringBuilder out = new StringBuilder();
        for (String command : commands) {
            ConsoleShell shell = kept.get(user);
            if (shell == null || !shell.isOpen()) {
                close(shell);
                shell = open(user, password);
                kept.put(user, shell);
            }
            try {
                out.append(shell.run(command));
            } catch (ConsoleShell.Stale stale) {
                // the server closed the session since (restarted, idle) before the line was typed: the command
                // never ran; sign in again and type it there
                close(kept.remove(user));
                shell = open(user, password);
                kept.put(user, shell);
                out.append(shell.run(command));
            }
        }
        return out.toString();
    }

    /** Signs in and opens the interactive console, again (with a new code) if the session breaks before its first prompt. */
    private ConsoleShell open(String user, Supplier<String> password) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= CONNECT_ATTEMPTS; attempt++) {
            ClientSession session = signIn(user, password, true);
            try {
                return new ConsoleShell(session);
            } catch (ConsoleShell.Stale | java.io.UncheckedIOException e) {
                close(session);
                last = e;
                pause(Duration.ofSeconds(attempt));
            }
        }
        throw new IllegalStateException("cannot open a console session as " + user + " on port " + port, last);
    }

    /**
     * Runs the script as one command (as bin/client -b runs its input: a refused line stops it) on a
     * session signed in with this password for it only; a refused sign-in is answered with the reason,
     * as bin/client prints it.
     */
    synchronized String once(String user, String password, String script) {
        ClientSession session;
        try {
            session = signIn(user, () -> password, false);
        } catch (SignInRefused e) {
            return e.getMessage();
        }
        try {
            return exec(session, script);
        } finally {
            close(session);
        }
    }

    /** Closes the kept sessions, e.g. when the distribution stops. */
    synchronized void forget() {
        kept.values().forEach(SshConsole::close);
        kept.clear();
    }

    @Override
    public synchronized void close() {
        forget();
        if (client != null) {
            client.stop();
            client = null;
        }
    }

    /**
     * Connects and authenticates. Retries the connection (never a command) when it breaks, e.g. "Session
     * is being closed" while the console's sshd settles; a refused password is no reason to retry. With
     * {@code freshPassword} each attempt asks for the password again (a broken attempt may have spent
     * the code); a fixed password is sent once only.
     */
    private ClientSession signIn(String user, Supplier<String> password, boolean freshPassword) {
        String given = freshPassword ? null : password.get();
        IOException last = null;
        for (int attempt = 1; attempt <= CONNECT_ATTEMPTS; attempt++) {
            ClientSession session = null;
            boolean sent = false;
            try {
                session = client().connect(user, "127.0.0.1", port).verify(CONNECT).getSession();
                session.addPasswordIdentity(given != null ? given : password.get());
                sent = true;
                session.auth().verify(CONNECT);
                return session;
            } catch (IOException e) {
                close(session);
                if (String.valueOf(e.getMessage()).contains("No more authentication methods")) {
                    throw new SignInRefused("Authentication failed: " + e.getMessage());
                }
                last = e;
                if (sent && given != null) {
                    break;
                }
                pause(Duration.ofSeconds(attempt));
            }
        }
        throw new IllegalStateException("cannot open a console session as " + user + " on port " + port, last);
    }

    private static String exec(ClientSession session, String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChannelExec channel;
        try {
            channel = session.createExecChannel(script.endsWith("\n") ? script : script + "\n");
            // one stream for both, as bin/client's output read with its errors
            channel.setOut(out);
            channel.setErr(out);
            channel.open().verify(CONNECT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (channel) {
            if (channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), COMMAND).contains(ClientChannelEvent.TIMEOUT)) {
                throw new AssertionError("the console command did not finish within " + COMMAND + ": " + script);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Backs off before connecting again (a connection, not a condition, to wait for). */
    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private SshClient client() {
        if (client == null) {
            client = SshClient.setUpDefaultClient();
            // every test distribution makes its own host key; the connection stays on 127.0.0.1
            client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            // the password only, as the platform's console asks: no keyboard-interactive second try of
            // a refused password, which the server would count as another failed sign-in
            client.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
            client.start();
        }
        return client;
    }

    private static void close(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // closing a session already gone
            }
        }
    }

    private static final class SignInRefused extends RuntimeException {
        SignInRefused(String message) {
            super(message);
        }
    }
}
