package org.xuncha.platform.security.internal.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.util.BigIntegers;

/**
 * SM2 (GB/T 32918) signatures over the audit chain head and the anchor log. The key pair is kept
 * wrapped in the key store ({@link WrappedKeyStore}); before wrapped keys it lived in clear in
 * {@value #LEGACY_FILE}, which is imported once and removed.
 */
public final class Sm2Seal {

    static final String LEGACY_FILE = "audit-sm2.properties";
    private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());

    private final ECPrivateKeyParameters privateKey;
    private final ECPublicKeyParameters publicKey;
    private final String keyId;
    private final SecureRandom random;

    private Sm2Seal(ECPrivateKeyParameters privateKey, ECPublicKeyParameters publicKey, String keyId, SecureRandom random) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.keyId = keyId;
        this.random = random;
    }

    /** A new key pair. */
    public static Sm2Seal generate(String keyId, SecureRandom random) {
        ECKeyPairGenerator gen = new ECKeyPairGenerator();
        gen.init(new ECKeyGenerationParameters(DOMAIN, random));
        AsymmetricCipherKeyPair pair = gen.generateKeyPair();
        return new Sm2Seal((ECPrivateKeyParameters) pair.getPrivate(), (ECPublicKeyParameters) pair.getPublic(), keyId, random);
    }

    /** The key pair from its private scalar and public point (uncompressed encoding). */
    public static Sm2Seal of(String keyId, byte[] privateKey, byte[] publicKey, SecureRandom random) {
        return new Sm2Seal(new ECPrivateKeyParameters(new BigInteger(1, privateKey), DOMAIN),
                new ECPublicKeyParameters(CURVE.getCurve().decodePoint(publicKey), DOMAIN), keyId, random);
    }

    /** The key pair of a clear-text key file from before wrapped keys, or null if there is none. */
    static Sm2Seal readLegacy(KeyDirectory dir, SecureRandom random) {
        if (!dir.exists(LEGACY_FILE)) {
            return null;
        }
        Properties p = dir.readProperties(LEGACY_FILE);
        ECPrivateKeyParameters priv = new ECPrivateKeyParameters(new BigInteger(p.getProperty("private"), 16), DOMAIN);
        ECPublicKeyParameters pub = new ECPublicKeyParameters(CURVE.getCurve().decodePoint(Base64.getDecoder().decode(p.getProperty("public"))), DOMAIN);
        return new Sm2Seal(priv, pub, p.getProperty("id"), random);
    }

    public String keyId() {
        return keyId;
    }

    /** The private scalar, 32 bytes. */
    byte[] privateBytes() {
        return BigIntegers.asUnsignedByteArray(32, privateKey.getD());
    }

    /** The public point, uncompressed. */
    public byte[] publicBytes() {
        return publicKey.getQ().getEncoded(false);
    }

    /** Identifies the public key, for the key registry and the anchor log. */
    public String fingerprint() {
        return KeyRegistry.fingerprint(KeyRegistry.SEAL, keyId, publicBytes());
    }

    public String sign(String message) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(privateKey, random));
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        signer.update(m, 0, m.length);
        try {
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        } catch (CryptoException e) {
            throw new IllegalStateException("SM2 signing failed", e);
        }
    }

    public boolean verify(String message, String signature) {
        SM2Signer signer = new SM2Signer();
        signer.init(false, publicKey);
        byte[] m = message.getBytes(StandardCharsets.UTF_8);
        signer.update(m, 0, m.length);
        try {
            return signer.verifySignature(Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
