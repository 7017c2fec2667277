package org.xuncha.platform.security.internal.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * The directory of key files, outside the database ({@code etc/xuncha-keys/} by default). Files are
 * created readable and writable by the service user only; the directory is private too.
 */
public final class KeyDirectory {

    private final Path dir;

    public KeyDirectory(Path dir) {
        this.dir = dir;
    }

    public Path path() {
        return dir;
    }

    public Path file(String name) {
        return dir.resolve(name);
    }

    public boolean exists(String name) {
        return Files.exists(file(name));
    }

    public Properties readProperties(String name) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file(name))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file(name), e);
        }
        return p;
    }

    /** Writes atomically (temp file + move), private to the owner. */
    public void writeProperties(String name, Properties p, String comment) {
        try {
            ensureDirectory();
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            restrict(tmp, "rw-------");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, comment);
            }
            Files.move(tmp, file(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            restrict(file(name), "rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + file(name), e);
        }
    }

    /** Removes a file if it is there. */
    public void delete(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete key file " + file(name), e);
        }
    }

    private void ensureDirectory() throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
        }
        restrict(dir, "rwx------");
    }

    private static void restrict(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // On a non-POSIX file system the administrator restricts access by the OS's own means (see docs/security.md).
        }
    }
}
