package org.xuncha.itests.support;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The administrators' second factor as the tests hold it (mandatory for the three administrators,
 * docs/security.md section 3): each enrols like an administrator does, the secret it was shown is
 * kept in {@code it-second-factor.properties} of the installation (shared with the browser tests'
 * support.mjs) with the last time step used, so no code is sent twice (the server accepts each once).
 * Since the server takes each step once per account, the suites sign in as an administrator no more
 * than they must: the REST sessions ({@link Accounts}) and the console sessions ({@link Distribution})
 * are kept while the distribution runs.
 * A restored copy of an installation is another folder: the secret is also kept for this JVM by
 * account name.
 */
public final class SecondFactor {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    /** The last step used with each secret in this JVM, also for a restored copy of the installation. */
    private static final Map<String, Long> STEPS = new ConcurrentHashMap<>();
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final Path file;

    /** @param home the installation's folder (karaf.home) */
    public SecondFactor(Path home) {
        this.file = home.resolve("it-second-factor.properties");
    }

    public static boolean administrator(String username) {
        return username.equals("sysadmin") || username.equals("secadmin") || username.equals("auditor");
    }

    /** Records the secret an administrator was shown when it enrolled. */
    public synchronized void enrolled(String user, String secret) {
        Properties p = read();
        p.setProperty(user + ".secret", secret);
        p.remove(user + ".step");
        write(p);
        SECRETS.put(user, secret);
    }

    /** The secret enrolled in this installation (its file only: another installation's is no guess to send). */
    public synchronized String secret(String user) {
        return read().getProperty(user + ".secret");
    }

    /**
     * For a restored copy of an installation (another folder, the same accounts): takes over the secret
     * this JVM last saw enrolled for the account. Only where the test knows it is such a copy.
     */
    public synchronized void restoredFrom(String user) {
        String secret = SECRETS.get(user);
        if (secret != null && read().getProperty(user + ".secret") == null) {
            Properties p = read();
            p.setProperty(user + ".secret", secret);
            write(p);
        }
    }

    /**
     * A code the server has not seen for this account. The server takes the previous, the current and
     * the next time step (one step of drift either way), each once: the earliest unspent of them, the
     * previous one only while more than {@link #MARGIN_MS} of the current step remain (so that it is
     * still current-minus-one when the server checks it); waits for the next step only when all are spent.
     */
    public synchronized String nextCode(String user) {
        Properties p = read();
        String secret = p.getProperty(user + ".secret");
        if (secret == null) {
            throw new AssertionError(user + " has no second factor enrolled here");
        }
        long last = Math.max(Long.parseLong(p.getProperty(user + ".step", "-1")), STEPS.getOrDefault(secret, -1L));
        long step = Math.max(earliestStep(System.currentTimeMillis()), last + 1);
        long before = System.currentTimeMillis();
        Wait.until(java.time.Duration.ofSeconds(40), () -> step <= System.currentTimeMillis() / 30_000 + 1);
        long waited = System.currentTimeMillis() - before;
        if (waited > 1_000) {
            // what each administrator sign-in beyond three a step costs the suite: shown to find the next one
            System.out.printf("[second factor] %s waited %d s for an unspent time step%n", user, waited / 1000);
        }
        p.setProperty(user + ".secret", secret);
        p.setProperty(user + ".step", Long.toString(step));
        write(p);
        STEPS.merge(secret, step, Math::max);
        return totp(secret, step);
    }

    /** How long the previous step must still be accepted after the code is made: the sign-in's round trip, generously. */
    static final long MARGIN_MS = 10_000;

    /** The earliest step a code made at this time can use (support.mjs does the same). */
    static long earliestStep(long millis) {
        long now = millis / 30_000;
        return 30_000 - millis % 30_000 > MARGIN_MS ? now - 1 : now;
    }

    /** RFC 6238: HMAC-SHA1, 30-second steps, 6 digits. */
    public static String totp(String base32, long step) {
        ByteBuffer key = ByteBuffer.allocate(base32.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char ch : base32.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(ch);
            bits += 5;
            if (bits >= 8) {
                key.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.array(), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[h.length - 1] & 0xf;
            int code = ((h[o] & 0x7f) << 24 | (h[o + 1] & 0xff) << 16 | (h[o + 2] & 0xff) << 8 | (h[o + 3] & 0xff)) % 1_000_000;
            return String.format("%06d", code);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }

    private void write(Properties p) {
        try (Writer w = Files.newBufferedWriter(file)) {
            // plain key=value lines, no comment or escapes: support.mjs reads the same file
            for (String k : new java.util.TreeSet<>(p.stringPropertyNames())) {
                w.write(k + "=" + p.getProperty(k) + "\n");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
