package org.xuncha.itests.support;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;

/**
 * One interactive Karaf console session (an SSH shell channel) kept open: a command is a line typed at
 * the prompt, its output what the console prints until the mark typed after it. The marks are
 * {@code echo} commands (allowed to every console account), so the audit trail also shows them.
 */
final class ConsoleShell implements Closeable {

    private static final Duration OPEN = Duration.ofSeconds(60);
    private static final Duration COMMAND = Duration.ofSeconds(180);
    /** Terminal colours and modes (the prompt is bold, errors red). */
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]|\u001B[=>]");

    /** The session's channel closed (the server stopped, or timed the session out) before a line was typed. */
    static final class Stale extends RuntimeException {
        Stale(Throwable cause) {
            super(cause);
        }
    }

    private final ClientSession session;
    private final ChannelShell channel;
    private final Output output = new Output();
    private final OutputStream typed;
    private final String prompt;
    /** Marks this session's command ends apart from any text a command prints. */
    private final String token = Long.toString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE, 36);
    private int marks;

    ConsoleShell(ClientSession session) {
        this.session = session;
        try {
            channel = session.createShellChannel();
            // a plain terminal, as bin/client gives a console whose input is not a terminal; wide enough
            // that the tests' command lines are not wrapped (the line editor redraws a line as it is typed:
            // each redraw pads to the width)
            channel.setPtyType("dumb");
            channel.setPtyColumns(200);
            channel.setOut(output);
            channel.setErr(output);
            channel.open().verify(OPEN);
        } catch (IOException e) {
            throw new Stale(e);
        }
        typed = channel.getInvertedIn();
        // the first prompt ends what the console prints when it opens (banner, start script)
        String start = output.await(0, t -> t.endsWith("> "), OPEN, channel);
        prompt = start.substring(start.lastIndexOf('\n') + 1);
    }

    boolean isOpen() {
        return session.isOpen() && channel.isOpen() && !channel.isClosing();
    }

    /**
     * Types the command, then {@code echo} of a mark of this command, and returns what the console printed
     * before the mark (without the echoed lines and the prompts). The console's line editor redraws its
     * prompt as input arrives, so a prompt tells no command's end; the mark's own line does.
     */
    String run(String command) {
        String mark = "xuncha-it-" + token + "-" + (++marks) + "-end";
        int from = output.size();
        try {
            typed.write((command + "\n" + "echo " + mark + "\n").getBytes(StandardCharsets.UTF_8));
            typed.flush();
        } catch (IOException e) {
            throw new Stale(e);
        }
        // the mark as printed (typed, and as the line editor redraws the line, it follows "echo ")
        String text = output.awaitLine(from, mark, COMMAND, channel);
        StringBuilder printed = new StringBuilder();
        String typedLine = command.strip();
        String shownPrompt = prompt.strip();
        for (String line : text.lines().toList()) {
            // what a command prints may follow a prompt on its line
            String l = line.strip();
            while (l.startsWith(shownPrompt)) {
                l = l.substring(shownPrompt.length()).strip();
            }
            boolean echoed = l.contains("echo " + mark) || (!l.isEmpty() && typedLine.startsWith(l));
            if (!l.isEmpty() && !echoed) {
                // a table on a terminal is drawn with box characters; as bin/client -b prints it, with ASCII ones
                printed.append(l.replace('\u2502', '|').replace('\u2500', '-').replace('\u253c', '+')).append('\n');
            }
        }
        return printed.toString();
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close(true);
        } finally {
            session.close(true);
        }
    }

    /** What the console prints, as it arrives; waited on until a condition holds on the text since a mark. */
    private static final class Output extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
            notifyAll();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            notifyAll();
        }

        synchronized int size() {
            return bytes.size();
        }

        /** The plain text since {@code from} once {@code done} holds on it; fails when the channel closes first or at the timeout. */
        synchronized String await(int from, Predicate<String> done, Duration timeout, ChannelShell channel) {
            long end = System.nanoTime() + timeout.toNanos();
            while (true) {
                String text = plain(new String(bytes.toByteArray(), from, bytes.size() - from, StandardCharsets.UTF_8));
                if (done.test(text)) {
                    return text;
                }
                if (channel.isClosed() || channel.isClosing()) {
                    throw new UncheckedIOException(new IOException("the console session closed; it printed: " + text));
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no console prompt within " + timeout + "; the console printed: " + text);
                }
                try {
                    // woken by each write; the limit only to notice a closed channel
                    wait(Math.min(left / 1_000_000 + 1, 500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        /**
         * The plain text since {@code from} up to the line that is {@code mark}, once printed. Searched in
         * the new bytes only (the console redraws its input line as it arrives: much text).
         */
        synchronized String awaitLine(int from, String mark, Duration timeout, ChannelShell channel) {
            Pattern line = Pattern.compile("(?<!echo )" + Pattern.quote(mark));
            long end = System.nanoTime() + timeout.toNanos();
            int scanned = from;
            while (true) {
                int start = Math.max(from, scanned - mark.length() - 8);
                byte[] all = bytes.toByteArray();
                // ISO-8859-1: one char a byte, so positions are byte offsets; the mark is ASCII
                java.util.regex.Matcher m = line.matcher(new String(all, start, all.length - start, StandardCharsets.ISO_8859_1));
                if (m.find()) {
                    return plain(new String(all, from, start + m.start() - from, StandardCharsets.UTF_8));
                }
                scanned = all.length;
                if (channel.isClosed() || channel.isClosing()) {
                    throw new UncheckedIOException(new IOException("the console session closed; it printed: " + tail(all, from)));
                }
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the console did not finish the command within " + timeout + "; it printed: " + tail(all, from));
                }
                try {
                    wait(Math.min(left / 1_000_000 + 1, 500));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        private static String tail(byte[] all, int from) {
            int start = Math.max(from, all.length - 4000);
            return plain(new String(all, start, all.length - start, StandardCharsets.UTF_8));
        }

        private static String plain(String raw) {
            return ANSI.matcher(raw).replaceAll("").replace("\r\n", "\n").replace('\r', '\n');
        }
    }
}
