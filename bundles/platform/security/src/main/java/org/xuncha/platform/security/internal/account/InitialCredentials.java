package org.xuncha.platform.security.internal.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time passwords and the server file they are handed over in ({@code data/xuncha/initial-credentials.txt},
 * readable by its owner only): the first administrators' at the first start, and those of the security
 * administrator's and auditor's accounts when reset, which must not pass through the system administrator.
 */
final class InitialCredentials {

    private static final Logger LOG = LoggerFactory.getLogger(InitialCredentials.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private InitialCredentials() {
    }

    /** The file in this installation: under {@code karaf.data}. */
    static Path file() {
        return Path.of(System.getProperty("karaf.data", "data"), "xuncha", "initial-credentials.txt");
    }

    /** Twelve characters without look-alikes, then a symbol, a digit and a lower-case letter: every class the policy may ask for. */
    static String temporaryPassword(SecureRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.append("-7a").toString();
    }

    /**
     * Writes {@code username=password} lines, keeping the lines of other accounts still in the file;
     * the file is created readable by its owner only from its first byte on.
     */
    static Path write(Path file, Map<String, String> passwords) {
        StringBuilder sb = new StringBuilder("# 首次登录凭据 / first-login credentials. Each password must be changed at first login.\n"
                + "# Delete this file once the administrators have signed in.\n");
        try {
            if (Files.exists(file)) {
                Files.readAllLines(file).stream().filter(l -> !l.startsWith("#") && l.contains("="))
                        .filter(l -> !passwords.containsKey(l.substring(0, l.indexOf('=')))).forEach(l -> sb.append(l).append('\n'));
            }
            passwords.forEach((u, p) -> sb.append(u).append('=').append(p).append('\n'));
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file); // restricted by the administrator on other systems (docs/security.md)
            }
            Files.writeString(file, sb.toString());
            LOG.info("One-time passwords of administrator accounts {} are in {}", passwords.keySet(), file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
        return file;
    }
}
