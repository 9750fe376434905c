package org.mqsec.crypto.internal.keystore;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HexFormat;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/** Small, fast facts about certificates and keys that the entry table needs. */
public final class CertificateFacts {

    /** Shown in place of a DSA key's size when the certificate inherits the parameters. */
    public static final String INHERITED_PARAMETERS = "parameters from the issuer"; //$NON-NLS-1$

    private static final HexFormat COLON_HEX = HexFormat.ofDelimiter(":").withUpperCase(); //$NON-NLS-1$

    private CertificateFacts() {
    }

    /**
     * The key's algorithm and size, as the table shows them; {@code curve} is set for EC keys, and says
     * where the parameters are for a DSA key that inherits them.
     */
    public record KeyDescription(String algorithm, int size, String curve) {
        public String text() {
            StringBuilder text = new StringBuilder(algorithm);
            if (size > 0) {
                text.append(' ').append(size);
            }
            if (curve != null && !curve.isEmpty()) {
                text.append(" (").append(curve).append(')'); //$NON-NLS-1$
            }
            return text.toString();
        }
    }

    public static KeyDescription describeKey(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return new KeyDescription("RSA", rsa.getModulus().bitLength(), null); //$NON-NLS-1$
        }
        if (key instanceof ECPublicKey ec) {
            return new KeyDescription("EC", ec.getParams().getCurve().getField().getFieldSize(), //$NON-NLS-1$
                    curveName(key));
        }
        if (key instanceof DSAPublicKey dsa) {
            // a DSA certificate may leave out p, q and g and inherit them from its issuer (RFC 5280 6.1.4 (k))
            return dsa.getParams() == null ? new KeyDescription("DSA", 0, INHERITED_PARAMETERS) //$NON-NLS-1$
                    : new KeyDescription("DSA", dsa.getParams().getP().bitLength(), null); //$NON-NLS-1$
        }
        String algorithm = key.getAlgorithm();
        if ("Ed25519".equalsIgnoreCase(algorithm) || "X25519".equalsIgnoreCase(algorithm)) { //$NON-NLS-1$ //$NON-NLS-2$
            return new KeyDescription(algorithm, 255, null);
        }
        if ("Ed448".equalsIgnoreCase(algorithm) || "X448".equalsIgnoreCase(algorithm)) { //$NON-NLS-1$ //$NON-NLS-2$
            return new KeyDescription(algorithm, 448, null);
        }
        if ("EdDSA".equalsIgnoreCase(algorithm) || "XDH".equalsIgnoreCase(algorithm)) { //$NON-NLS-1$ //$NON-NLS-2$
            String named = curveName(key);
            return new KeyDescription(named.isEmpty() ? algorithm : named, named.contains("448") ? 448 : 255, null); //$NON-NLS-1$
        }
        return new KeyDescription(algorithm, 0, null);
    }

    /** NIST name (P-256) where there is one, else the SEC/X9.62 name, else the curve OID. */
    private static String curveName(PublicKey key) {
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
            if (info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier oid) {
                String nist = NISTNamedCurves.getName(oid);
                if (nist != null) {
                    return nist;
                }
                String name = ECNamedCurveTable.getName(oid);
                return name != null ? name : oid.getId();
            }
            if (info.getAlgorithm().getParameters() == null) {
                // Ed25519/Ed448/X25519/X448 carry the curve in the algorithm OID itself
                ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
                return switch (algorithm.getId()) {
                    case "1.3.101.112" -> "Ed25519"; //$NON-NLS-1$ //$NON-NLS-2$
                    case "1.3.101.113" -> "Ed448"; //$NON-NLS-1$ //$NON-NLS-2$
                    case "1.3.101.110" -> "X25519"; //$NON-NLS-1$ //$NON-NLS-2$
                    case "1.3.101.111" -> "X448"; //$NON-NLS-1$ //$NON-NLS-2$
                    default -> ""; //$NON-NLS-1$
                };
            }
            return ""; //$NON-NLS-1$
        } catch (RuntimeException e) {
            return ""; //$NON-NLS-1$ explicit curve parameters: the size column still says enough
        }
    }

    /** The first CN of a name, or "" when it has none. */
    public static String commonName(X500Principal principal) {
        // a CN whose bytes do not decode as their string type comes back as '#' and the hex of its encoding
        return org.mqsec.crypto.certificates.CertificateNames.of(principal).commonName().orElse(""); //$NON-NLS-1$
    }

    /**
     * A DN in RFC 4514 form, most specific first (as keytool and openssl -nameopt RFC2253 show it),
     * rendered from the certificate's RDNs: escapes, unknown attributes (as OIDs) and undecodable
     * values (as #hex) are shown as they are.
     */
    public static String dn(X500Principal principal) {
        return org.mqsec.core.dn.Rfc4514Names.render(org.mqsec.crypto.certificates.CertificateNames.of(principal));
    }

    public static String signatureAlgorithmName(X509Certificate cert) {
        return cert.getSigAlgName();
    }

    /** Digest of the certificate's encoding as colon-separated upper-case hex (keytool's form). */
    public static String fingerprint(X509Certificate cert, String digestAlgorithm) {
        try {
            return COLON_HEX.formatHex(MessageDigest.getInstance(digestAlgorithm).digest(cert.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(digestAlgorithm, e);
        }
    }

    public static String colonHex(byte[] bytes) {
        return COLON_HEX.formatHex(bytes);
    }

    /** Whether issuer and subject are the same name (a root or a self-signed leaf). */
    public static boolean isSelfIssued(X509Certificate cert) {
        return cert.getSubjectX500Principal().equals(cert.getIssuerX500Principal());
    }
}
