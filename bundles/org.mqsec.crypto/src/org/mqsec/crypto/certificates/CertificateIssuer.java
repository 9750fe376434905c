package org.mqsec.crypto.certificates;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

/** Makes certificates: self-signed ones, local CAs, and certificates a CA signs. */
public final class CertificateIssuer {

    /** Backdating absorbs clock differences between the machine that issues and the peers. */
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    private final SecureRandom random;

    public CertificateIssuer(SecureRandom random) {
        this.random = random;
    }

    public X509Certificate selfSigned(KeyPair pair, CertificateTemplate template) throws KeyRepositoryException {
        return selfSigned(pair.getPublic(), software(pair.getPrivate()), template);
    }

    /** Makes the signer for a signature algorithm name (SHA256withRSA...): software keys, or keys on a token. */
    @FunctionalInterface
    public interface Signers {
        ContentSigner signer(String signatureName) throws OperatorCreationException;
    }

    /** A self-signed certificate whose key signs through {@code signers} (a key that never leaves its token). */
    public X509Certificate selfSigned(PublicKey key, Signers signers, CertificateTemplate template) throws KeyRepositoryException {
        requireValid(template);
        X500Name subject = CertificateNames.x500(template.subject());
        return build(subject, key, template, subject, key, signers, null);
    }

    /** Signers for a key held in memory. */
    public static Signers software(PrivateKey key) {
        return name -> new JcaContentSignerBuilder(name).build(key);
    }

    /**
     * A certificate for {@code subjectKey} signed by a CA. Refuses a CA certificate that is not a CA,
     * has expired, or ends before the new certificate would.
     */
    public X509Certificate issue(PublicKey subjectKey, CertificateTemplate template, X509Certificate caCertificate,
            PrivateKey caKey) throws KeyRepositoryException {
        requireValid(template);
        checkCa(caCertificate, template);
        return build(CertificateNames.x500(template.subject()), subjectKey, template,
                X500Name.getInstance(caCertificate.getSubjectX500Principal().getEncoded()), caCertificate.getPublicKey(),
                software(caKey), caCertificate);
    }

    private static void requireValid(CertificateTemplate template) throws KeyRepositoryException {
        List<Finding> findings = template.validate();
        if (Finding.hasErrors(findings)) {
            throw Names.refused(findings);
        }
    }

    private static void checkCa(X509Certificate ca, CertificateTemplate template) throws KeyRepositoryException {
        String name = ca.getSubjectX500Principal().getName();
        boolean[] usage = ca.getKeyUsage();
        if (ca.getBasicConstraints() < 0 || (usage != null && !usage[5])) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Issuer_notCa, name),
                    Messages.Issuer_notCaFix);
        }
        try {
            ca.checkValidity();
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Issuer_caExpired, name,
                    ca.getNotAfter().toInstant()), Messages.Issuer_caExpiredFix);
        }
        Instant end = Instant.now().plus(Duration.ofDays(template.validityDays()));
        if (end.isAfter(ca.getNotAfter().toInstant())) {
            long days = Duration.between(Instant.now(), ca.getNotAfter().toInstant()).toDays();
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Issuer_outlivesCa, name, days),
                    Messages.bind(Messages.Issuer_outlivesCaFix, days));
        }
    }

    private X509Certificate build(X500Name subject, PublicKey subjectKey, CertificateTemplate template, X500Name issuer,
            PublicKey issuerPublicKey, Signers signers, X509Certificate issuerCertificate)
            throws KeyRepositoryException {
        try {
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(Duration.ofDays(template.validityDays()))),
                    subject, subjectKey);
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                    ? extensions.createAuthorityKeyIdentifier(issuerPublicKey)
                    : extensions.createAuthorityKeyIdentifier(issuerCertificate));
            addUsage(builder, template.profile(), subjectKey);
            if (!template.subjectAlternativeNames().isEmpty()) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        Names.generalNames(template.subjectAlternativeNames()));
            }
            String signature = template.hash().signatureName(issuerPublicKey);
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(signers.signer(signature)));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Issuer_failed, e.getMessage()),
                    "", e); //$NON-NLS-1$
        }
    }

    private static void addUsage(X509v3CertificateBuilder builder, CertificateProfile profile, PublicKey key)
            throws CertIOException {
        if (profile == CertificateProfile.CA) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign | KeyUsage.digitalSignature));
            return;
        }
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        // RSA key exchange needs keyEncipherment; ECDHE with an EC key needs keyAgreement
        int usage = KeyUsage.digitalSignature
                | ("EC".equals(key.getAlgorithm()) ? KeyUsage.keyAgreement : KeyUsage.keyEncipherment);
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
        KeyPurposeId[] purposes = profile.serverAuth() && profile.clientAuth()
                ? new KeyPurposeId[] { KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_clientAuth }
                : new KeyPurposeId[] { profile.serverAuth() ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth };
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
    }
}
