package org.mqsec.crypto.internal.keystore;

import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/** Readable names for the password-based algorithms found in PKCS#12 files, and which are weak. */
final class AlgorithmNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1.2.840.113549.1.12.1.1", "PBE-SHA1-RC4-128"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.1.12.1.2", "PBE-SHA1-RC4-40"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.1.12.1.3", "PBE-SHA1-3DES"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.1.12.1.4", "PBE-SHA1-2DES"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.1.12.1.5", "PBE-SHA1-RC2-128"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.1.12.1.6", "PBE-SHA1-RC2-40"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.2.7", "HmacSHA1"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.2.8", "HmacSHA224"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.2.9", "HmacSHA256"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.2.10", "HmacSHA384"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.2.11", "HmacSHA512"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("2.16.840.1.101.3.4.1.2", "AES-128-CBC"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("2.16.840.1.101.3.4.1.22", "AES-192-CBC"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("2.16.840.1.101.3.4.1.42", "AES-256-CBC"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.3.7", "DES-EDE3-CBC"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.3.14.3.2.7", "DES-CBC"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.3.14.3.2.26", "SHA-1"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("1.2.840.113549.2.5", "MD5"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("2.16.840.1.101.3.4.2.1", "SHA-256"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("2.16.840.1.101.3.4.2.2", "SHA-384"), //$NON-NLS-1$ //$NON-NLS-2$
            Map.entry("2.16.840.1.101.3.4.2.3", "SHA-512")); //$NON-NLS-1$ //$NON-NLS-2$

    /** Broken or legacy primitives the brief asks us to flag loudly. */
    private static final Set<String> WEAK = Set.of("RC4", "RC2", "3DES", "2DES", "DES-", "SHA1", "SHA-1", "MD5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$

    private AlgorithmNames() {
    }

    static String name(ASN1ObjectIdentifier oid) {
        return NAMES.getOrDefault(oid.getId(), oid.getId());
    }

    /** "PBES2 (PBKDF2-HmacSHA256, AES-256-CBC, 10000 iterations)", "PBE-SHA1-3DES (2048 iterations)". */
    static String describePbe(AlgorithmIdentifier algorithm) {
        ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
        try {
            if (PKCSObjectIdentifiers.id_PBES2.equals(oid)) {
                PBES2Parameters params = PBES2Parameters.getInstance(algorithm.getParameters());
                PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
                return "PBES2 (PBKDF2-" + name(kdf.getPrf().getAlgorithm()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                        + name(params.getEncryptionScheme().getAlgorithm()) + ", " //$NON-NLS-1$
                        + kdf.getIterationCount() + " iterations)"; //$NON-NLS-1$
            }
            PKCS12PBEParams params = PKCS12PBEParams.getInstance(algorithm.getParameters());
            return name(oid) + " (" + params.getIterations() + " iterations)"; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (RuntimeException e) {
            return name(oid);
        }
    }

    /** "PBKDF2-HmacSHA256, HmacSHA256, 2048 iterations" for an RFC 9579 PBMAC1 MAC. */
    static String describePbmac1(AlgorithmIdentifier algorithm) {
        try {
            org.bouncycastle.asn1.pkcs.PBMAC1Params params = org.bouncycastle.asn1.pkcs.PBMAC1Params
                    .getInstance(algorithm.getParameters());
            PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
            return "PBKDF2-" + name(kdf.getPrf().getAlgorithm()) + ", " //$NON-NLS-1$ //$NON-NLS-2$
                    + name(params.getMessageAuthScheme().getAlgorithm()) + ", " //$NON-NLS-1$
                    + kdf.getIterationCount() + " iterations"; //$NON-NLS-1$
        } catch (RuntimeException e) {
            return "PBMAC1"; //$NON-NLS-1$
        }
    }

    static boolean isWeak(String description) {
        String upper = description.toUpperCase(java.util.Locale.ROOT);
        return WEAK.stream().anyMatch(upper::contains);
    }
}
