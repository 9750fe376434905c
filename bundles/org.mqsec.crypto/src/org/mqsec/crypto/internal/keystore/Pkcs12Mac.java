package org.mqsec.crypto.internal.keystore;

import java.util.Arrays;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PBMAC1Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS12ParametersGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;

/**
 * Checks a PKCS#12 file's integrity MAC with Bouncy Castle's lightweight primitives, for the two
 * kinds of MAC that files in the field carry:
 * <ul>
 * <li>the classic PKCS#12 MAC (RFC 7292 appendix B): key from the PKCS#12 KDF over the password as
 * a BMPString. An empty password is written two ways: OpenSSL's {@code -passout pass:} and the JDK
 * encode it as the two-byte terminator alone, other tools as no bytes at all. OpenSSL accepts both
 * when reading, and so do we;</li>
 * <li>PBMAC1 (RFC 9579, written by OpenSSL 3.4+ with {@code -pbmac1_pbkdf2}): key from PBKDF2 over
 * the password as UTF-8, HMAC with the named hash.</li>
 * </ul>
 */
final class Pkcs12Mac {

    /** id-PBMAC1 (RFC 8018 appendix A.5). */
    static final ASN1ObjectIdentifier PBMAC1 = new ASN1ObjectIdentifier("1.2.840.113549.1.5.14"); //$NON-NLS-1$

    /** The MAC names an algorithm we cannot compute: the file is not damaged, we cannot check it. */
    static final class UnsupportedMac extends Exception {
        private static final long serialVersionUID = 1L;

        UnsupportedMac(String algorithm, Throwable cause) {
            super(algorithm, cause);
        }
    }

    private Pkcs12Mac() {
    }

    static boolean isPbmac1(MacData mac) {
        return PBMAC1.equals(mac.getMac().getAlgorithmId().getAlgorithm());
    }

    /** Whether the file's MAC verifies with the password; false for a wrong password or altered content. */
    static boolean isValid(Pfx pfx, char[] password) throws UnsupportedMac {
        MacData mac = pfx.getMacData();
        byte[] content = ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets();
        byte[] expected = mac.getMac().getDigest();
        if (isPbmac1(mac)) {
            return pbmac1Matches(mac, content, expected, password);
        }
        AlgorithmIdentifier digestAlgorithm = mac.getMac().getAlgorithmId();
        Digest digest = digest(digestAlgorithm);
        // BC encodes an empty password as no bytes; OpenSSL and the JDK as the BMPString terminator alone
        byte[] bmp = password.length == 0 ? new byte[2] : PBEParametersGenerator.PKCS12PasswordToBytes(password);
        try {
            if (classicMatches(digest, bmp, mac, content, expected)) {
                return true;
            }
            // an empty password: also try it as no bytes at all
            return password.length == 0 && classicMatches(digest(digestAlgorithm), new byte[0], mac, content, expected);
        } finally {
            Arrays.fill(bmp, (byte) 0);
        }
    }

    private static boolean classicMatches(Digest digest, byte[] passwordBytes, MacData mac, byte[] content,
            byte[] expected) {
        PKCS12ParametersGenerator generator = new PKCS12ParametersGenerator(digest);
        generator.init(passwordBytes, mac.getSalt(), mac.getIterationCount().intValue());
        KeyParameter key = (KeyParameter) generator.generateDerivedMacParameters(digest.getDigestSize() * 8);
        HMac hmac = new HMac(digest);
        return hmacMatches(hmac, key, content, expected);
    }

    private static boolean pbmac1Matches(MacData mac, byte[] content, byte[] expected, char[] password)
            throws UnsupportedMac {
        PBMAC1Params params;
        PBKDF2Params kdf;
        try {
            params = PBMAC1Params.getInstance(mac.getMac().getAlgorithmId().getParameters());
            if (!PKCSObjectIdentifiers.id_PBKDF2.equals(params.getKeyDerivationFunc().getAlgorithm())) {
                throw new UnsupportedMac(params.getKeyDerivationFunc().getAlgorithm().getId(), null);
            }
            kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        } catch (IllegalArgumentException e) {
            throw new UnsupportedMac("PBMAC1", e); //$NON-NLS-1$
        }
        if (kdf.getKeyLength() == null) {
            throw new UnsupportedMac("PBMAC1 without keyLength", null); //$NON-NLS-1$
        }
        Digest prf = hmacDigest(kdf.getPrf().getAlgorithm());
        Digest macDigest = hmacDigest(params.getMessageAuthScheme().getAlgorithm());
        byte[] utf8 = PBEParametersGenerator.PKCS5PasswordToUTF8Bytes(password);
        try {
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(prf);
            generator.init(utf8, kdf.getSalt(), kdf.getIterationCount().intValue());
            KeyParameter key = (KeyParameter) generator.generateDerivedMacParameters(kdf.getKeyLength().intValue() * 8);
            return hmacMatches(new HMac(macDigest), key, content, expected);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }

    private static boolean hmacMatches(HMac hmac, KeyParameter key, byte[] content, byte[] expected) {
        hmac.init(key);
        hmac.update(content, 0, content.length);
        byte[] actual = new byte[hmac.getMacSize()];
        hmac.doFinal(actual, 0);
        return org.bouncycastle.util.Arrays.constantTimeAreEqual(actual, expected);
    }

    /** HMAC-SHA-x as RFC 8018 names it (hmacWithSHA256...) to the hash it uses. */
    private static Digest hmacDigest(ASN1ObjectIdentifier hmac) throws UnsupportedMac {
        ASN1ObjectIdentifier hash;
        if (PKCSObjectIdentifiers.id_hmacWithSHA1.equals(hmac)) {
            hash = new ASN1ObjectIdentifier("1.3.14.3.2.26"); //$NON-NLS-1$
        } else if (PKCSObjectIdentifiers.id_hmacWithSHA224.equals(hmac)) {
            hash = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.4"); //$NON-NLS-1$
        } else if (PKCSObjectIdentifiers.id_hmacWithSHA256.equals(hmac)) {
            hash = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.1"); //$NON-NLS-1$
        } else if (PKCSObjectIdentifiers.id_hmacWithSHA384.equals(hmac)) {
            hash = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.2"); //$NON-NLS-1$
        } else if (PKCSObjectIdentifiers.id_hmacWithSHA512.equals(hmac)) {
            hash = new ASN1ObjectIdentifier("2.16.840.1.101.3.4.2.3"); //$NON-NLS-1$
        } else {
            throw new UnsupportedMac(hmac.getId(), null);
        }
        return digest(new AlgorithmIdentifier(hash));
    }

    private static Digest digest(AlgorithmIdentifier algorithm) throws UnsupportedMac {
        try {
            return BcDefaultDigestProvider.INSTANCE.get(algorithm);
        } catch (OperatorCreationException e) {
            throw new UnsupportedMac(algorithm.getAlgorithm().getId(), e);
        }
    }
}
