package org.xuncha.platform.security.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuncha.platform.api.security.FieldContext;
import org.xuncha.platform.security.internal.SecurityFixture;

/**
 * Opening the keys at start: made only for an empty database, wrapped under the secret, ids unique
 * per installation; refused, without writing anything, when the secret is wrong or the database needs
 * keys that are missing or were replaced; clear-text key files from before are wrapped and removed.
 */
class KeyCustodyTest {

    private static final KeyRegistry.Usage EMPTY = new KeyRegistry.Usage(Map.of(), Set.of(), false);

    @TempDir
    Path dir;

    private final SecureRandom random = new SecureRandom();

    private KeyCustody open(Path where, KekSecret secret, KeyRegistry.Usage usage) {
        return KeyCustody.open(new KeyDirectory(where), secret, SecurityFixture.TEST_KDF, usage, random);
    }

    private static KeyRegistry.Usage usage(KeyCustody k) {
        Map<String, KeyRegistry.Entry> registered = new java.util.LinkedHashMap<>();
        k.store().fieldKeys().forEach((id, key) -> registered.put(id, new KeyRegistry.Entry(id, KeyRegistry.FIELD,
                KeyRegistry.fingerprint(KeyRegistry.FIELD, id, key))));
        k.store().sealFingerprints().forEach((id, fp) -> registered.put(id, new KeyRegistry.Entry(id, KeyRegistry.SEAL, fp)));
        return new KeyRegistry.Usage(registered, Set.of(k.seal().keyId()), true);
    }

    private static KeyCustodyException refusal(Runnable r) {
        try {
            r.run();
        } catch (KeyCustodyException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNewInstallationMakesWrappedKeysWithIdsOfItsOwn() throws Exception {
        KeyCustody k = open(dir.resolve("a"), SecurityFixture.SECRET, EMPTY);
        String tag = k.store().installation();
        assertThat(tag).matches("[a-z2-7]{7}");
        assertThat(k.fieldKeys().currentId()).isEqualTo(tag + "-k1");
        assertThat(k.seal().keyId()).isEqualTo(tag + "-s1");
        assertThat(open(dir.resolve("b"), SecurityFixture.SECRET, EMPTY).store().installation()).as("another installation").isNotEqualTo(tag);

        Path file = dir.resolve("a").resolve(WrappedKeyStore.FILE);
        String text = Files.readString(file);
        assertThat(text).contains("format=xuncha-wrapped-keys-1").contains("kdf=argon2id").contains("field." + tag + "-k1=");
        String clear = Base64.getEncoder().encodeToString(k.fieldKeys().key(tag + "-k1"));
        assertThat(text).as("no key in clear").doesNotContain(clear);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a")))).isEqualTo("rwx------");

        KeyCustody again = open(dir.resolve("a"), SecurityFixture.SECRET, usage(k));
        assertThat(again.fieldKeys().key(tag + "-k1")).isEqualTo(k.fieldKeys().key(tag + "-k1"));
        assertThat(again.seal().fingerprint()).isEqualTo(k.seal().fingerprint());
    }

    @Test
    void aRotatedSealKeyIsWrappedRegisteredAndCurrentAndTheOldOneIsKept() throws Exception {
        KeyCustody k = open(dir, SecurityFixture.SECRET, EMPTY);
        Sm2Seal old = k.seal();
        java.util.List<KeyRegistry.Entry> registered = new java.util.ArrayList<>();
        String id = k.rotateSeal(registered::add, random);
        String tag = k.store().installation();
        assertThat(id).isEqualTo(tag + "-s2");
        assertThat(k.seal().keyId()).isEqualTo(id);
        assertThat(registered).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(KeyRegistry.SEAL);
            assertThat(e.fingerprint()).isEqualTo(k.seal().fingerprint());
        });
        assertThat(k.seals(random)).containsOnlyKeys(old.keyId(), id);
        // the old key still verifies what it signed
        assertThat(k.seals(random).get(old.keyId()).verify("x", old.sign("x"))).isTrue();

        KeyRegistry.Usage usage = usage(k);
        KeyCustody again = open(dir, SecurityFixture.SECRET, new KeyRegistry.Usage(usage.registered(), Set.of(old.keyId(), id), true));
        assertThat(again.seal().keyId()).as("the new key is current after a restart").isEqualTo(id);
        assertThat(again.seals(random).keySet()).containsExactly(old.keyId(), id);
    }

    @Test
    void theWrongSecretOpensNothing() throws Exception {
        open(dir, SecurityFixture.SECRET, EMPTY);
        byte[] before = Files.readAllBytes(dir.resolve(WrappedKeyStore.FILE));
        KeyCustodyException e = refusal(() -> open(dir, KekSecret.of("another-secret-of-enough-length", "test"), EMPTY));
        assertThat(e.code()).isEqualTo("kek_wrong");
        assertThat(e.messageZh()).contains("密钥加密口令");
        assertThat(e.messageEn()).contains("does not open");
        assertThat(Files.readAllBytes(dir.resolve(WrappedKeyStore.FILE))).isEqualTo(before);
    }

    @Test
    void keysAreNeverMadeOverExistingData() {
        KeyCustody original = open(dir.resolve("original"), SecurityFixture.SECRET, EMPTY);
        KeyRegistry.Usage needs = usage(original);
        Path restored = dir.resolve("restored");
        KeyCustodyException e = refusal(() -> open(restored, SecurityFixture.SECRET, needs));
        assertThat(e.code()).isEqualTo("keys_missing");
        assertThat(e.keyIds()).containsExactlyInAnyOrderElementsOf(needs.registered().keySet());
        assertThat(e.messageZh()).contains(original.fieldKeys().currentId()).contains(original.seal().keyId()).contains("不会在已有数据上生成新密钥");
        assertThat(e.messageEn()).contains(original.seal().keyId()).contains("never generated over existing data");
        assertThat(restored).as("nothing written").doesNotExist();

        // a database from before the key registry: the seals name their key; records alone still forbid new keys
        assertThat(refusal(() -> open(restored, SecurityFixture.SECRET, new KeyRegistry.Usage(Map.of(), Set.of("sm2-1"), true))).keyIds())
                .containsExactly("sm2-1");
        assertThat(refusal(() -> open(restored, SecurityFixture.SECRET, new KeyRegistry.Usage(Map.of(), Set.of(), true))).code())
                .isEqualTo("keys_missing");
        assertThat(restored).doesNotExist();
    }

    @Test
    void keysOfAnotherInstallationAreMissingOnesAndAReplacedKeyIsNamed() {
        KeyCustody ours = open(dir.resolve("ours"), SecurityFixture.SECRET, EMPTY);
        KeyCustody theirs = open(dir.resolve("theirs"), SecurityFixture.SECRET, EMPTY);
        KeyCustodyException missing = refusal(() -> open(dir.resolve("theirs"), SecurityFixture.SECRET, usage(ours)));
        assertThat(missing.code()).isEqualTo("keys_missing");
        assertThat(missing.keyIds()).contains(ours.fieldKeys().currentId(), ours.seal().keyId());

        // same id, other key: what a silently re-created key file looks like
        Map<String, KeyRegistry.Entry> registered = new java.util.LinkedHashMap<>(usage(theirs).registered());
        String id = theirs.fieldKeys().currentId();
        registered.put(id, new KeyRegistry.Entry(id, KeyRegistry.FIELD, "0".repeat(64)));
        KeyCustodyException replaced = refusal(() -> open(dir.resolve("theirs"), SecurityFixture.SECRET,
                new KeyRegistry.Usage(registered, Set.of(), true)));
        assertThat(replaced.code()).isEqualTo("keys_replaced");
        assertThat(replaced.keyIds()).containsExactly(id);
    }

    /** An installation from before wrapped keys: its clear-text files are wrapped under the secret, keep their ids, and are removed. */
    @Test
    void clearTextKeyFilesFromBeforeAreWrappedAndRemoved() throws Exception {
        KeyDirectory keys = new KeyDirectory(dir);
        byte[] k1 = FieldKeys.newKey(random);
        byte[] k2 = FieldKeys.newKey(random);
        Properties fields = new Properties();
        fields.setProperty("k1", Base64.getEncoder().encodeToString(k1));
        fields.setProperty("k2", Base64.getEncoder().encodeToString(k2));
        fields.setProperty("current", "k2");
        keys.writeProperties(FieldKeys.LEGACY_FILE, fields, "old");
        Sm2Seal oldSeal = Sm2Seal.generate("sm2-1", random);
        Properties seal = new Properties();
        seal.setProperty("id", "sm2-1");
        seal.setProperty("private", new java.math.BigInteger(1, oldSeal.privateBytes()).toString(16));
        seal.setProperty("public", Base64.getEncoder().encodeToString(oldSeal.publicBytes()));
        keys.writeProperties(Sm2Seal.LEGACY_FILE, seal, "old");
        // a value encrypted by the old code under k1
        String old = legacyCiphertext(k1, "k1", "旧记录");

        KeyCustody k = open(dir, SecurityFixture.SECRET, new KeyRegistry.Usage(Map.of(), Set.of("sm2-1"), true));
        assertThat(k.fieldKeys().currentId()).isEqualTo("k2");
        assertThat(k.fieldKeys().key("k1")).isEqualTo(k1);
        assertThat(k.seal().keyId()).isEqualTo("sm2-1");
        assertThat(k.seal().fingerprint()).isEqualTo(oldSeal.fingerprint());
        assertThat(dir.resolve(FieldKeys.LEGACY_FILE)).doesNotExist();
        assertThat(dir.resolve(Sm2Seal.LEGACY_FILE)).doesNotExist();
        assertThat(new Sm4FieldCipher(k.fieldKeys(), random).decrypt(old, FieldContext.of("xc_user", "totp_secret", 1L))).isEqualTo("旧记录");
        assertThat(k.fieldKeys().rotate(e -> { })).as("new keys get the installation's ids").isEqualTo(k.store().installation() + "-k3");
    }

    @Test
    void theKeysCanBeWrappedUnderANewSecret() {
        KeyCustody k = open(dir, SecurityFixture.SECRET, EMPTY);
        KekSecret fresh = KekSecret.of("the-new-custodians-secret-2027", "test");
        k.rewrap(fresh, random);
        assertThat(refusal(() -> open(dir, SecurityFixture.SECRET, usage(k))).code()).isEqualTo("kek_wrong");
        assertThat(open(dir, fresh, usage(k)).fieldKeys().currentId()).isEqualTo(k.fieldKeys().currentId());
    }

    private String legacyCiphertext(byte[] key, String id, String text) {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        byte[] ct = Sm4Gcm.encrypt(key, iv, text.getBytes(StandardCharsets.UTF_8), ("sm4gcm:" + id).getBytes(StandardCharsets.US_ASCII));
        byte[] packed = new byte[iv.length + ct.length];
        System.arraycopy(iv, 0, packed, 0, 12);
        System.arraycopy(ct, 0, packed, 12, ct.length);
        return "sm4gcm:" + id + ":" + Base64.getEncoder().encodeToString(packed);
    }
}
