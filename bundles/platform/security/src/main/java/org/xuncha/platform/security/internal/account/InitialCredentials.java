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
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = UPPER + LOWER + DIGITS;

    private InitialCredentials() {
    }

    /** The file in this installation: under {@code karaf.data}. */
    static Path file() {
        return Path.of(System.getProperty("karaf.data", "data"), "xuncha", "initial-credentials.txt");
    }

    /**
     * Eleven characters without look-alikes, then an upper-case letter, a symbol, a digit and a lower-case
     * letter drawn from their own sets: every class the policy may ask for is there by construction (twelve
     * characters from the mixed alphabet had no upper-case letter about once in a thousand passwords).
     */
    static String temporaryPassword(SecureRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            sb.append(pick(ALPHABET, random));
        }
        return sb.append(pick(UPPER, random)).append(pick("-_.@#", random)).append(pick(DIGITS, random))
                .append(pick(LOWER, random)).toString();
    }

    private static char pick(String chars, SecureRandom random) {
        return chars.charAt(random.nextInt(chars.length()));
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
