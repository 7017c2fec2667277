package org.xuncha.platform.security.internal.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret the key-encryption key is derived from, given at start from outside the installation:
 * the file named by {@value #ENV_FILE} (or the system property {@value #PROPERTY_FILE}), or the
 * value of {@value #ENV_VALUE}. A file inside the installation is refused: a copy of the
 * installation must not carry what opens its keys.
 */
public final class KekSecret {

    public static final String ENV_FILE = "XUNCHA_KEK_FILE";
    public static final String ENV_VALUE = "XUNCHA_KEK";
    public static final String PROPERTY_FILE = "xuncha.kek.file";
    /** Shortest secret accepted; a generated one (e.g. 32 random bytes in Base64) is far longer. */
    public static final int MIN_LENGTH = 16;

    private static final Logger LOG = LoggerFactory.getLogger(KekSecret.class);

    private final byte[] secret;
    private final String source;

    private KekSecret(byte[] secret, String source) {
        this.secret = secret;
        this.source = source;
    }

    /** A secret given directly (tests; a re-wrap). */
    public static KekSecret of(String secret, String source) {
        return check(secret, source);
    }

    /** The secret as the running installation is given it: environment, then system property. */
    public static KekSecret fromEnvironment() {
        return find(System.getenv(), System::getProperty, installation());
    }

    /** A secret in a file outside the running installation; {@code source} names where the path came from. */
    public static KekSecret fromFile(String file, String source) {
        return fromFile(Path.of(file), source, installation());
    }

    private static List<Path> installation() {
        List<Path> dirs = new ArrayList<>();
        for (String p : List.of("karaf.home", "karaf.base", "karaf.etc", "karaf.data")) {
            String v = System.getProperty(p);
            if (v != null && !v.isBlank()) {
                dirs.add(Path.of(v));
            }
        }
        return dirs;
    }

    static KekSecret find(Map<String, String> env, UnaryOperator<String> properties, List<Path> installation) {
        String file = blankToNull(env.get(ENV_FILE));
        String source = ENV_FILE;
        if (file == null) {
            file = blankToNull(properties.apply(PROPERTY_FILE));
            source = PROPERTY_FILE;
        }
        if (file != null) {
            return fromFile(Path.of(file), source, installation);
        }
        String value = env.get(ENV_VALUE);
        if (value != null && !value.isBlank()) {
            return check(value.strip(), ENV_VALUE);
        }
        throw new KeyCustodyException("kek_missing",
                "未提供密钥加密口令：启动前须设置环境变量 " + ENV_FILE + "（指向安装目录之外、仅服务账号可读的口令文件）或 " + ENV_VALUE
                        + "，见 docs/security.md。安全模块未启动，平台不提供服务。",
                "No key-encryption secret was given: set " + ENV_FILE + " (a file outside the installation, readable by the service"
                        + " account only) or " + ENV_VALUE + " before starting, see docs/security.md. The security module did not start;"
                        + " the platform does not serve.");
    }

    private static KekSecret fromFile(Path file, String source, List<Path> installation) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        for (Path dir : installation) {
            Path inside = realOrSelf(dir);
            if (real.startsWith(inside)) {
                throw new KeyCustodyException("kek_inside_installation",
                        "密钥加密口令文件 " + file + " 位于安装目录 " + inside + " 之内：安装目录的副本会连同口令一起被带走。请把它放到安装目录之外。",
                        "The key-encryption secret file " + file + " lies inside the installation (" + inside
                                + "): a copy of the installation would carry it. Keep it outside.");
            }
        }
        warnIfShared(real);
        String text;
        try {
            text = Files.readString(real, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        int nl = text.indexOf('\n');
        return check((nl < 0 ? text : text.substring(0, nl)).strip(), source + "=" + file);
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                LOG.warn("密钥加密口令文件 {} 可被其他账号读取，请设为仅服务账号可读（chmod 400） / the key-encryption secret file {} is readable by"
                        + " other accounts: make it readable by the service account only (chmod 400)", file, file);
            }
        } catch (IOException | UnsupportedOperationException notPosix) {
            // Windows: access is restricted with the OS's own means (docs/security.md)
        }
    }

    private static KeyCustodyException unreadable(Path file, IOException e) {
        return new KeyCustodyException("kek_unreadable", "无法读取密钥加密口令文件 " + file + "：" + e.getMessage(),
                "Cannot read the key-encryption secret file " + file + ": " + e.getMessage());
    }

    private static KekSecret check(String secret, String source) {
        if (secret.length() < MIN_LENGTH) {
            throw new KeyCustodyException("kek_too_short", "密钥加密口令（" + source + "）太短：至少 " + MIN_LENGTH + " 个字符，建议随机生成",
                    "The key-encryption secret (" + source + ") is too short: at least " + MIN_LENGTH + " characters; generate it randomly");
        }
        return new KekSecret(secret.getBytes(StandardCharsets.UTF_8), source);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The secret's bytes (UTF-8), a copy. */
    byte[] bytes() {
        return Arrays.copyOf(secret, secret.length);
    }

    /** Where it came from, for messages: never the secret itself. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "KekSecret(" + source + ")";
    }
}
