package org.mqsec.crypto.keystore;

import java.io.IOException;
import java.io.StringWriter;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.internal.keystore.CertificateFacts;

/**
 * Everything the details pane and {@code mqsec keystore show} tell about one certificate, read once
 * from the certificate. Values are display text; absent extensions are empty strings or lists.
 */
public record CertificateDetails(String subject, String issuer, String serialNumber, int version,
        Instant notBefore, Instant notAfter, String publicKey, String signatureAlgorithm,
        List<String> keyUsage, boolean keyUsageCritical, List<String> extendedKeyUsage,
        String basicConstraints, List<String> subjectAlternativeNames, String subjectKeyIdentifier,
        String authorityKeyIdentifier, String sha1, String sha256, String pem) {

    private static final String[] KEY_USAGE_NAMES = { "digitalSignature", "nonRepudiation", //$NON-NLS-1$ //$NON-NLS-2$
            "keyEncipherment", "dataEncipherment", "keyAgreement", "keyCertSign", "cRLSign", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "encipherOnly", "decipherOnly" }; //$NON-NLS-1$ //$NON-NLS-2$

    private static final Map<String, String> EKU_NAMES = Map.of(
            "1.3.6.1.5.5.7.3.1", "serverAuth", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.2", "clientAuth", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.3", "codeSigning", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.4", "emailProtection", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.8", "timeStamping", //$NON-NLS-1$ //$NON-NLS-2$
            "1.3.6.1.5.5.7.3.9", "OCSPSigning", //$NON-NLS-1$ //$NON-NLS-2$
            "2.5.29.37.0", "anyExtendedKeyUsage"); //$NON-NLS-1$ //$NON-NLS-2$

    /** General name tags of RFC 5280 as openssl prints them. */
    private static final String[] GENERAL_NAME_PREFIXES = { "othername", "email", "DNS", "X400", "DirName", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "EdiPartyName", "URI", "IP", "RID" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    public static CertificateDetails of(X509Certificate cert) {
        return new CertificateDetails(
                CertificateFacts.dn(cert.getSubjectX500Principal()),
                CertificateFacts.dn(cert.getIssuerX500Principal()),
                CertificateFacts.colonHex(cert.getSerialNumber().toByteArray()),
                cert.getVersion(),
                cert.getNotBefore().toInstant(),
                cert.getNotAfter().toInstant(),
                CertificateFacts.describeKey(cert.getPublicKey()).text(),
                cert.getSigAlgName(),
                keyUsage(cert),
                cert.getCriticalExtensionOIDs() != null
                        && cert.getCriticalExtensionOIDs().contains(Extension.keyUsage.getId()),
                extendedKeyUsage(cert),
                basicConstraints(cert),
                subjectAlternativeNames(cert),
                subjectKeyIdentifier(cert),
                authorityKeyIdentifier(cert),
                CertificateFacts.fingerprint(cert, "SHA-1"), //$NON-NLS-1$
                CertificateFacts.fingerprint(cert, "SHA-256"), //$NON-NLS-1$
                pem(cert));
    }

    /** The certificate as a PEM block ("-----BEGIN CERTIFICATE-----"), with a final newline. */
    public static String pem(X509Certificate cert) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("CERTIFICATE", cert.getEncoded())); //$NON-NLS-1$
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return text.toString().replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Label/value pairs in reading order, the same for the details pane and the command line. */
    public List<Map.Entry<String, String>> fields() {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry(Messages.Details_subject, subject));
        fields.add(Map.entry(Messages.Details_issuer, issuer));
        fields.add(Map.entry(Messages.Details_serial, serialNumber));
        fields.add(Map.entry(Messages.Details_version, Integer.toString(version)));
        fields.add(Map.entry(Messages.Details_notBefore, EntryColumn.formatInstant(notBefore)));
        fields.add(Map.entry(Messages.Details_notAfter, EntryColumn.formatInstant(notAfter)));
        fields.add(Map.entry(Messages.Details_publicKey, publicKey));
        fields.add(Map.entry(Messages.Details_signatureAlgorithm, signatureAlgorithm));
        String usage = String.join(", ", keyUsage); //$NON-NLS-1$
        fields.add(Map.entry(Messages.Details_keyUsage,
                keyUsageCritical && !usage.isEmpty() ? usage + Messages.Details_critical : usage));
        fields.add(Map.entry(Messages.Details_extendedKeyUsage, String.join(", ", extendedKeyUsage))); //$NON-NLS-1$
        fields.add(Map.entry(Messages.Details_basicConstraints, basicConstraints));
        fields.add(Map.entry(Messages.Details_subjectAlternativeNames, String.join(", ", subjectAlternativeNames))); //$NON-NLS-1$
        fields.add(Map.entry(Messages.Details_subjectKeyIdentifier, subjectKeyIdentifier));
        fields.add(Map.entry(Messages.Details_authorityKeyIdentifier, authorityKeyIdentifier));
        fields.add(Map.entry(Messages.Details_sha1, sha1));
        fields.add(Map.entry(Messages.Details_sha256, sha256));
        return fields;
    }

    private static List<String> keyUsage(X509Certificate cert) {
        boolean[] bits = cert.getKeyUsage();
        List<String> names = new ArrayList<>();
        if (bits != null) {
            for (int i = 0; i < bits.length && i < KEY_USAGE_NAMES.length; i++) {
                if (bits[i]) {
                    names.add(KEY_USAGE_NAMES[i]);
                }
            }
        }
        return List.copyOf(names);
    }

    private static List<String> extendedKeyUsage(X509Certificate cert) {
        try {
            List<String> oids = cert.getExtendedKeyUsage();
            if (oids == null) {
                return List.of();
            }
            return oids.stream().map(oid -> EKU_NAMES.getOrDefault(oid, oid)).toList();
        } catch (CertificateParsingException e) {
            return List.of(Messages.Details_unreadable);
        }
    }

    private static String basicConstraints(X509Certificate cert) {
        if (cert.getExtensionValue(Extension.basicConstraints.getId()) == null) {
            return ""; //$NON-NLS-1$
        }
        int pathLength = cert.getBasicConstraints();
        if (pathLength < 0) {
            return Messages.Details_notCa;
        }
        return pathLength == Integer.MAX_VALUE ? Messages.Details_ca
                : Messages.bind(Messages.Details_caPathLength, pathLength);
    }

    private static List<String> subjectAlternativeNames(X509Certificate cert) {
        try {
            Collection<List<?>> names = cert.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (List<?> name : names) {
                int tag = (Integer) name.get(0);
                Object value = name.get(1);
                String prefix = tag >= 0 && tag < GENERAL_NAME_PREFIXES.length ? GENERAL_NAME_PREFIXES[tag] : "?"; //$NON-NLS-1$
                texts.add(prefix + ':' + (value instanceof String s ? s : Messages.Details_binaryValue));
            }
            return List.copyOf(texts);
        } catch (CertificateParsingException e) {
            return List.of(Messages.Details_unreadable);
        }
    }

    private static String subjectKeyIdentifier(X509Certificate cert) {
        byte[] value = extensionOctets(cert, Extension.subjectKeyIdentifier);
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            return CertificateFacts.colonHex(SubjectKeyIdentifier.getInstance(value).getKeyIdentifier());
        } catch (RuntimeException e) {
            return Messages.Details_unreadable;
        }
    }

    private static String authorityKeyIdentifier(X509Certificate cert) {
        byte[] value = extensionOctets(cert, Extension.authorityKeyIdentifier);
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        try {
            byte[] id = AuthorityKeyIdentifier.getInstance(value).getKeyIdentifier();
            return id == null ? "" : CertificateFacts.colonHex(id); //$NON-NLS-1$
        } catch (RuntimeException e) {
            return Messages.Details_unreadable;
        }
    }

    private static byte[] extensionOctets(X509Certificate cert, org.bouncycastle.asn1.ASN1ObjectIdentifier oid) {
        byte[] wrapped = cert.getExtensionValue(oid.getId());
        if (wrapped == null) {
            return null;
        }
        try {
            return ASN1OctetString.getInstance(wrapped).getOctets();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
