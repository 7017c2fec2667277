package org.xuncha.platform.security.internal.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups in one folder: each is written under {@code <name>.part} and appears under its final
 * name only when complete, named by its time so that names sort oldest first; after each one only the
 * newest {@code keep} are left. Callers write one backup at a time (BackupService.run is synchronized),
 * so a {@code .part} folder found when a backup starts is what a killed JVM left behind, and is removed.
 */
final class BackupFolders {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFolders.class);
    static final String PREFIX = "xuncha-backup-";
    private static final String PART = ".part";
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** What fills a backup's folder; anything it throws fails the backup. */
    interface Fill {
        void into(Path part) throws Exception;
    }

    private BackupFolders() {
    }

    /** Writes one backup into {@code base} and keeps only the newest {@code keep} (at least one); returns its folder. */
    static Path write(Path base, Clock clock, int keep, Fill fill) throws Exception {
        Files.createDirectories(base);
        for (Path stale : list(base, true)) {
            deleteTree(stale);
        }
        String name = PREFIX + LocalDateTime.now(clock).format(NAME);
        Path part = base.resolve(name + PART);
        Path done = base.resolve(name);
        try {
            Files.createDirectories(part);
            fill.into(part);
            Files.move(part, done, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception | Error e) {
            deleteTree(part);
            throw e;
        }
        prune(base, keep);
        return done;
    }

    /** The complete backups in {@code base}, oldest first. */
    static List<Path> list(Path base) throws IOException {
        return list(base, false);
    }

    private static List<Path> list(Path base, boolean parts) throws IOException {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(base)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(PART) == parts)
                    .sorted(Comparator.comparing(Path::getFileName)).toList();
        }
    }

    private static void prune(Path base, int keep) throws IOException {
        List<Path> all = list(base);
        for (int i = 0; i < all.size() - Math.max(1, keep); i++) {
            deleteTree(all.get(i));
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path out = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(p, out, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot remove {}: {}", dir, e.toString());
        }
    }
}
