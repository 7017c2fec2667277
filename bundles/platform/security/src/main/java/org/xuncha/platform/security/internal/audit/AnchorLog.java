package org.xuncha.platform.security.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuncha.platform.security.internal.crypto.Sm2Seal;
import org.xuncha.platform.security.internal.crypto.Sm3;

/**
 * The audit chain's anchors outside the database ({@code data/xuncha/audit-anchors.log}, owner-only,
 * carried by backups of {@code data/}): one line per seal, appended and forced to disk before the
 * seal commits, SM2-signed, each linked to the line before it by SM3. It names the sequence number
 * and hash of the chain head, the number of records, the time (system clock) and the seal key's id
 * and fingerprint. Whoever can rewrite the database cannot rewrite this file as well without the
 * key, so a cut tail, a head set back or a replaced key shows (see {@link AnchorCheck}).
 */
public final class AnchorLog {

    private static final Logger LOG = LoggerFactory.getLogger(AnchorLog.class);
    static final String SIG = " sig=";

    /** One line. {@code problem} is set for a line that does not parse; its other fields are then zero. */
    public record Anchor(int lineNo, long n, long seq, String head, long count, long time, String keyId, String fingerprint, String prev,
                         String signature, String line, String problem) {

        /** What the signature covers. */
        String signed() {
            int i = line.indexOf(SIG);
            return "xuncha-audit-anchor|" + (i < 0 ? line : line.substring(0, i));
        }
    }

    private final Path file;
    private long lastNumber = -1;
    private String lastLineHash;

    public AnchorLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public boolean exists() {
        return Files.exists(file);
    }

    /** Every complete line (a last line without its newline is a write cut short by a crash, and is left out). */
    public synchronized List<Anchor> read() {
        List<Anchor> result = new ArrayList<>();
        if (!Files.exists(file)) {
            return result;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchor log " + file, e);
        }
        int lineNo = 0;
        for (int start = 0, nl; (nl = text.indexOf('\n', start)) >= 0; start = nl + 1) {
            String line = text.substring(start, nl);
            lineNo++;
            if (!line.isBlank()) {
                result.add(parse(lineNo, line));
            }
        }
        return result;
    }

    static Anchor parse(int lineNo, String line) {
        try {
            Map<String, String> f = new LinkedHashMap<>();
            for (String part : line.trim().split(" ")) {
                int eq = part.indexOf('=');
                f.put(part.substring(0, eq), part.substring(eq + 1));
            }
            if (!"1".equals(f.get("v"))) {
                throw new IllegalArgumentException("version");
            }
            return new Anchor(lineNo, Long.parseLong(f.get("n")), Long.parseLong(f.get("seq")), req(f, "head"), Long.parseLong(f.get("count")),
                    Long.parseLong(f.get("time")), req(f, "key"), req(f, "fp"), req(f, "prev"), req(f, "sig"), line, null);
        } catch (RuntimeException e) {
            return new Anchor(lineNo, 0, 0, null, 0, 0, null, null, null, null, line, "unreadable");
        }
    }

    private static String req(Map<String, String> f, String name) {
        String v = f.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException(name);
        }
        return v;
    }

    /** SM3 of a line as written, which the next line names as {@code prev}. */
    static String lineHash(String line) {
        return Sm3.hex(line);
    }

    /** The number the next anchor gets. */
    public synchronized long nextNumber() {
        load();
        return lastNumber + 1;
    }

    /** Signs and appends an anchor, forced to disk before it returns. */
    public synchronized Anchor append(Sm2Seal key, long seq, String head, long count, long time) {
        load();
        long n = lastNumber + 1;
        String body = "v=1 n=" + n + " seq=" + seq + " head=" + head + " count=" + count + " time=" + time + " key=" + key.keyId()
                + " fp=" + key.fingerprint() + " prev=" + (lastLineHash == null ? AuditChain.GENESIS : lastLineHash);
        String line = body + SIG + key.sign("xuncha-audit-anchor|" + body);
        ensureFile();
        try {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                dropTornTail(ch);
                ch.position(ch.size());
                ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit anchor log " + file, e);
        }
        lastNumber = n;
        lastLineHash = lineHash(line);
        return parse(0, line);
    }

    /** Creates the file, owner-only, if it is not there (also if it was deleted meanwhile: the next verify names the gap). */
    private void ensureFile() {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit anchor log " + file, e);
        }
    }

    /** A last line without its newline is a write cut short by a crash (its seal never committed): it goes before the next line. */
    private void dropTornTail(FileChannel ch) throws IOException {
        long end = ch.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (end > 0) {
            one.clear();
            ch.read(one, end - 1);
            if (one.get(0) == '\n') {
                break;
            }
            end--;
        }
        if (end < ch.size()) {
            LOG.warn("Dropping an incomplete last line of {} (a write cut short by a crash)", file);
            ch.truncate(end);
        }
    }

    /** On first use: creates the file owner-only and finds the last anchor. */
    private void load() {
        if (lastNumber >= 0) {
            return;
        }
        ensureFile();
        List<Anchor> all = read();
        lastNumber = 0;
        if (!all.isEmpty()) {
            Anchor last = all.get(all.size() - 1);
            lastNumber = Math.max(last.n(), all.size());
            lastLineHash = lineHash(last.line());
        }
    }
}
