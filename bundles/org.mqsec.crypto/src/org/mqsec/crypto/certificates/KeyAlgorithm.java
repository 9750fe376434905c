package org.mqsec.crypto.certificates;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;

/** Key types the workbench generates. RSA 3072 is the default: every RSA CipherSpec accepts it. */
public enum KeyAlgorithm {
    RSA_2048("rsa2048", "RSA", 2048, null), //$NON-NLS-1$ //$NON-NLS-2$
    RSA_3072("rsa3072", "RSA", 3072, null), //$NON-NLS-1$ //$NON-NLS-2$
    RSA_4096("rsa4096", "RSA", 4096, null), //$NON-NLS-1$ //$NON-NLS-2$
    EC_P256("ec-p256", "EC", 256, "secp256r1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    EC_P384("ec-p384", "EC", 384, "secp384r1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    EC_P521("ec-p521", "EC", 521, "secp521r1"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private final String id;
    private final String jcaName;
    private final int size;
    private final String curve;

    KeyAlgorithm(String id, String jcaName, int size, String curve) {
        this.id = id;
        this.jcaName = jcaName;
        this.size = size;
        this.curve = curve;
    }

    public String id() {
        return id;
    }

    /** The JCA key algorithm: RSA or EC. */
    public String jcaName() {
        return jcaName;
    }

    public boolean isEc() {
        return curve != null;
    }

    public int size() {
        return size;
    }

    /** Below the project's floor (RSA 3072): still accepted by MQ, but flagged. */
    public boolean isWeak() {
        return this == RSA_2048;
    }

    /** The hash that matches the key's strength (SHA-384 for P-384, SHA-512 for P-521). */
    public SignatureHash defaultHash() {
        return switch (this) {
            case EC_P384 -> SignatureHash.SHA384;
            case EC_P521 -> SignatureHash.SHA512;
            default -> SignatureHash.SHA256;
        };
    }

    public KeyPair generate(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName);
        if (isEc()) {
            generator.initialize(new ECGenParameterSpec(curve), random);
        } else {
            generator.initialize(size, random);
        }
        return generator.generateKeyPair();
    }

    public static Optional<KeyAlgorithm> fromId(String id) {
        for (KeyAlgorithm algorithm : values()) {
            if (algorithm.id.equalsIgnoreCase(id)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
