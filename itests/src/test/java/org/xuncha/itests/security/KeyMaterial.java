package org.xuncha.itests.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * What an outsider holding files of an installation can try against its ciphertexts, by the
 * documented formats (docs/security.md): SM4-GCM field values {@code sm4b:<key id>:<base64(iv |
 * ciphertext | tag)>} bound to table, column and row, and the wrapped key store, whose keys open
 * only with the key-encryption secret (Argon2id, then SM4-GCM).
 */
final class KeyMaterial {

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{22,}={0,2}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{32,}");
    private static final char SEP = '\u001f';

    private KeyMaterial() {
    }

    /**
     * Every 16 bytes anything under {@code dirs} could hold a key in: each Base64 or hex token of each
     * file (the database's too), and every 16-byte window of what it decodes to.
     */
    static Set<String> candidateKeys(Path... dirs) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(f -> Files.isRegularFile(f) && !karafsOwn(dir.relativize(f)))::iterator) {
                    String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    for (Matcher m = BASE64.matcher(text); m.find(); ) {
                        windows(decodeBase64(m.group()), keys);
                    }
                    for (Matcher m = HEX.matcher(text); m.find(); ) {
                        String hex = m.group().length() % 2 == 0 ? m.group() : m.group().substring(1);
                        windows(HexFormat.of().parseHex(hex), keys);
                    }
                }
            }
        }
        return keys;
    }

    /** Karaf's bundle cache and temporary files under data/: the distribution's own bundles, the same in every installation. */
    static boolean karafsOwn(Path relative) {
        return relative.getNameCount() > 0 && (relative.getName(0).toString().equals("cache") || relative.getName(0).toString().equals("tmp"));
    }

    private static byte[] decodeBase64(String token) {
        try {
            return Base64.getDecoder().decode(token.length() % 4 == 0 ? token : token.substring(0, token.length() - token.length() % 4));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static void windows(byte[] bytes, Set<String> keys) {
        for (int i = 0; i + 16 <= bytes.length; i++) {
            keys.add(HexFormat.of().formatHex(bytes, i, i + 16));
        }
    }

    /** The plaintext of a bound field value under {@code key} (hex), or null if it does not open with it. */
    static String open(String ciphertext, String key, String table, String column, Object row) {
        int colon = ciphertext.indexOf(':', "sm4b:".length());
        String keyId = ciphertext.substring("sm4b:".length(), colon);
        byte[] packed = Base64.getDecoder().decode(ciphertext.substring(colon + 1));
        String aad = "sm4b:" + keyId + SEP + table + SEP + column + SEP + row;
        byte[] plain = gcm(HexFormat.of().parseHex(key), packed, aad.getBytes(StandardCharsets.UTF_8));
        return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
    }

    /** The key id a field value names. */
    static String keyIdOf(String ciphertext) {
        return ciphertext.substring("sm4b:".length(), ciphertext.indexOf(':', "sm4b:".length()));
    }

    /** The field key {@code keyId} (hex) as the key store gives it to whoever holds the secret. */
    static String unwrap(Path keyStore, byte[] secret, String keyId) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(keyStore)) {
            p.load(in);
        }
        Argon2BytesGenerator argon = new Argon2BytesGenerator();
        argon.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(Base64.getDecoder().decode(p.getProperty("kdf.salt")))
                .withMemoryAsKB(Integer.parseInt(p.getProperty("kdf.memoryKiB")))
                .withIterations(Integer.parseInt(p.getProperty("kdf.iterations")))
                .withParallelism(Integer.parseInt(p.getProperty("kdf.parallelism"))).build());
        byte[] kek = new byte[16];
        argon.generateBytes(secret, kek);
        String aad = "xuncha-wrapped-key|" + p.getProperty("installation") + "|FIELD|" + keyId;
        byte[] key = gcm(kek, Base64.getDecoder().decode(p.getProperty("field." + keyId)), aad.getBytes(StandardCharsets.UTF_8));
        return key == null ? null : HexFormat.of().formatHex(key);
    }

    private static byte[] gcm(byte[] key, byte[] packed, byte[] aad) {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        byte[] iv = java.util.Arrays.copyOfRange(packed, 0, 12);
        gcm.init(false, new AEADParameters(new KeyParameter(key), 128, iv, aad));
        byte[] out = new byte[gcm.getOutputSize(packed.length - 12)];
        int n = gcm.processBytes(packed, 12, packed.length - 12, out, 0);
        try {
            gcm.doFinal(out, n);
            return out;
        } catch (InvalidCipherTextException | IllegalStateException e) {
            return null;
        }
    }
}
