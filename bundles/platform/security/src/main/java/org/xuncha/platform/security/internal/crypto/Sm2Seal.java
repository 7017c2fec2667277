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

/**
 * SM2 (GB/T 32918) signatures over the audit chain head. The key pair lives in
 * {@code audit-sm2.properties} in the key directory, created on first start.
 */
public final class Sm2Seal {

    static final String FILE = "audit-sm2.properties";
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

    public static Sm2Seal load(KeyDirectory dir, SecureRandom random) {
        if (!dir.exists(FILE)) {
            ECKeyPairGenerator gen = new ECKeyPairGenerator();
            gen.init(new ECKeyGenerationParameters(DOMAIN, random));
            AsymmetricCipherKeyPair pair = gen.generateKeyPair();
            Properties p = new Properties();
            p.setProperty("id", "sm2-1");
            p.setProperty("private", ((ECPrivateKeyParameters) pair.getPrivate()).getD().toString(16));
            p.setProperty("public", Base64.getEncoder().encodeToString(((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false)));
            dir.writeProperties(FILE, p, "xuncha audit-seal key pair (SM2). Keep private.");
        }
        Properties p = dir.readProperties(FILE);
        ECPrivateKeyParameters priv = new ECPrivateKeyParameters(new BigInteger(p.getProperty("private"), 16), DOMAIN);
        ECPublicKeyParameters pub = new ECPublicKeyParameters(CURVE.getCurve().decodePoint(Base64.getDecoder().decode(p.getProperty("public"))), DOMAIN);
        return new Sm2Seal(priv, pub, p.getProperty("id"), random);
    }

    public String keyId() {
        return keyId;
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
