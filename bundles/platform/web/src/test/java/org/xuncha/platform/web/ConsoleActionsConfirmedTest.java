package org.xuncha.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 21: every console action that changes something on the server (approve, send back, hand over,
 * close, delete, publish...) asks first, naming the record and what follows. A source scan of every
 * module's console pages (bundles/&#42;/&#42;&#42;/src/main/ui): each {@code api.post/put/del/upload} call must be
 * <ul>
 * <li>the {@code save} of a {@code useSaveDialog} form: the dialog the user filled in is the step, or</li>
 * <li>preceded in its function by {@code confirmed(...)}, {@code ElMessageBox.confirm} or {@code .prompt}, or</li>
 * <li>explained by a comment {@code // no confirmation: why} or {@code // confirmed by caller()} just above
 * its function (the user's own sign-in, attaching a file, a form's save).</li>
 * </ul>
 * Cheap and blunt on purpose: a new button that changes state without asking fails the build here.
 */
class ConsoleActionsConfirmedTest {

    private static final Pattern CALL = Pattern.compile("\\bapi\\.(post|put|del|upload)\\(");
    private static final Pattern ASKS = Pattern.compile("confirmed\\(|ElMessageBox\\.(confirm|prompt)\\(");
    private static final Pattern DIALOG = Pattern.compile("useSaveDialog\\(|\\bsave:");
    private static final Pattern EXPLAINED = Pattern.compile("//\\s*(no confirmation:|confirmed by )\\s*\\S");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(}\\s*)?(try|if|else|for|while|catch|finally)\\b");

    @Test
    void everyStateChangeOfTheConsoleAsksFirst() throws IOException {
        Path bundles = Path.of("").toAbsolutePath().resolve("../..").normalize();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(bundles)) {
            sources = files.filter(p -> p.toString().replace('\\', '/').matches(".*/src/main/ui/.*\\.(vue|js)"))
                    .filter(p -> !p.toString().contains("node_modules")).sorted().toList();
        }
        // the platform's own pages and every business module's: a scan of nothing would prove nothing
        assertThat(sources).hasSizeGreaterThan(60);
        assertThat(sources).anyMatch(p -> p.endsWith("round-planning/impl/src/main/ui/RoundPage.vue"));
        List<String> unasked = new ArrayList<>();
        for (Path source : sources) {
            for (String action : unasked(Files.readString(source))) {
                unasked.add(bundles.relativize(source) + ": " + action);
            }
        }
        assertThat(unasked).as("state changes without a confirmation (or a // no confirmation: comment saying why)").isEmpty();
    }

    @Test
    void theScanFindsAnActionThatDoesNotAsk() {
        String page = """
                async function approve(task) {
                  try {
                    await api.post(`/x/tasks/${task.id}/closure-decision`, { approve: true })
                  } catch (error) { notifyError(error) }
                }
                async function remove(row) {
                  if (!(await confirmed(m('confirmDelete', { name: row.name })))) return
                  await api.del(`/x/${row.id}`)
                }
                const editing = useSaveDialog({ save: (form) => api.put(`/x/${form.id}`, form) })
                // no confirmation: attaches the file the user just chose
                async function upload({ file }) {
                  await api.upload('/x/files', file)
                }
                """;
        assertThat(unasked(page)).containsExactly("async function approve(task) { → api.post(");
    }

    /** The calls of a source that change state without asking: "function header → call". */
    static List<String> unasked(String text) {
        List<String> found = new ArrayList<>();
        Matcher call = CALL.matcher(text);
        while (call.find()) {
            int lineStart = text.lastIndexOf('\n', call.start()) + 1;
            String line = text.substring(lineStart, call.start()).trim();
            if (line.startsWith("*") || line.startsWith("//")) {
                continue; // an example in a comment
            }
            int open = call.start();
            String header;
            do {
                open = enclosingBrace(text, open);
                int start = text.lastIndexOf('\n', open) + 1;
                header = open < 0 ? "" : text.substring(start, open + 1);
            } while (open >= 0 && BLOCK.matcher(header).find());
            int headerStart = open < 0 ? 0 : text.lastIndexOf('\n', open) + 1;
            String before = text.substring(Math.max(0, text.lastIndexOf('\n', Math.max(0, headerStart - 2)) + 1), headerStart);
            boolean fine = DIALOG.matcher(header).find() || ASKS.matcher(text.substring(headerStart, call.start())).find()
                    || EXPLAINED.matcher(before).find();
            if (!fine) {
                found.add(header.trim() + " → " + call.group());
            }
        }
        return found;
    }

    /** The offset of the '{' that opens the block around offset, or -1. */
    private static int enclosingBrace(String text, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '}') {
                depth++;
            } else if (c == '{') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }
}
