package org.mqsec.crypto.certificates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.mqsec.core.dn.CertificateName;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

/** PKCS#10 certificate requests: made from a key pair, read from files, checked and signed. */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    /** A request signed by the key, asking for the subject and subject alternative names. */
    public static PKCS10CertificationRequest create(KeyPair pair, CertificateName subject,
            List<String> subjectAlternativeNames, SignatureHash hash) throws KeyRepositoryException {
        return create(pair.getPublic(), CertificateIssuer.software(pair.getPrivate()), subject, subjectAlternativeNames, hash);
    }

    /** A request for {@code key} signed through {@code signers} (a key on a token). */
    public static PKCS10CertificationRequest create(PublicKey key, CertificateIssuer.Signers signers, CertificateName subject,
            List<String> subjectAlternativeNames, SignatureHash hash) throws KeyRepositoryException {
        try {
            JcaPKCS10CertificationRequestBuilder builder = new JcaPKCS10CertificationRequestBuilder(
                    CertificateNames.x500(subject), key);
            if (!subjectAlternativeNames.isEmpty()) {
                ExtensionsGenerator extensions = new ExtensionsGenerator();
                extensions.addExtension(Extension.subjectAlternativeName, false,
                        Names.generalNames(subjectAlternativeNames));
                builder.addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, extensions.generate());
            }
            return builder.build(signers.signer(hash.signatureName(key)));
        } catch (IOException | OperatorCreationException e) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.bind(Messages.Issuer_failed, e.getMessage()),
                    "", e); //$NON-NLS-1$
        }
    }

    public static String pem(PKCS10CertificationRequest request) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString().replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Reads a PEM or DER request; a file that is none is refused with a clear message. */
    public static PKCS10CertificationRequest read(Path file) throws KeyRepositoryException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new KeyRepositoryException(Problem.UNREADABLE,
                    Messages.bind(Messages.Problem_ioError, file, e.getMessage()), Messages.Advice_unreadable, e);
        }
        try {
            String text = new String(content, StandardCharsets.ISO_8859_1);
            if (text.contains("-----BEGIN")) { //$NON-NLS-1$
                try (PEMParser parser = new PEMParser(new StringReader(text))) {
                    Object object = parser.readObject();
                    if (object instanceof PKCS10CertificationRequest request) {
                        return request;
                    }
                }
            } else {
                return new PKCS10CertificationRequest(content);
            }
        } catch (IOException | RuntimeException e) {
            // fall through to the message below
        }
        throw new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Request_notARequest, file),
                Messages.Request_notARequestFix);
    }

    /** Whether the request is signed by the key it contains (proof that the requester holds the key). */
    public static boolean signatureVerifies(PKCS10CertificationRequest request) {
        try {
            return request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(publicKey(request)));
        } catch (OperatorCreationException | PKCSException | KeyRepositoryException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The requested public key, through the JDK's key factory for its algorithm by name (the JDK's EC
     * factory is not registered under the key's OID, which is what a lookup by OID would need).
     */
    public static PublicKey publicKey(PKCS10CertificationRequest request) throws KeyRepositoryException {
        try {
            String oid = request.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().getId();
            String algorithm = switch (oid) {
                case "1.2.840.10045.2.1" -> "EC"; //$NON-NLS-1$ //$NON-NLS-2$
                case "1.2.840.113549.1.1.1", "1.2.840.113549.1.1.10" -> "RSA"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                case "1.3.101.112" -> "Ed25519"; //$NON-NLS-1$ //$NON-NLS-2$
                case "1.3.101.113" -> "Ed448"; //$NON-NLS-1$ //$NON-NLS-2$
                default -> oid;
            };
            return KeyFactory.getInstance(algorithm)
                    .generatePublic(new X509EncodedKeySpec(request.getSubjectPublicKeyInfo().getEncoded()));
        } catch (GeneralSecurityException | IOException e) {
            throw new KeyRepositoryException(Problem.CORRUPT, Messages.bind(Messages.Request_badKey, e.getMessage()),
                    "", e); //$NON-NLS-1$
        }
    }

    /** The subject as the request encodes it, attribute for attribute. */
    public static CertificateName subject(PKCS10CertificationRequest request) {
        return CertificateNames.of(request.getSubject());
    }

    /** The DNS and IP subject alternative names the request asks for. */
    public static List<String> requestedAlternativeNames(PKCS10CertificationRequest request) {
        List<String> names = new ArrayList<>();
        for (var attribute : request.getAttributes(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest)) {
            Extensions extensions = Extensions.getInstance(attribute.getAttrValues().getObjectAt(0));
            GeneralNames general = GeneralNames.fromExtensions(extensions, Extension.subjectAlternativeName);
            if (general == null) {
                continue;
            }
            for (GeneralName name : general.getNames()) {
                if (name.getTagNo() == GeneralName.dNSName) {
                    names.add("DNS:" + name.getName()); //$NON-NLS-1$
                } else if (name.getTagNo() == GeneralName.iPAddress) {
                    byte[] address = org.bouncycastle.asn1.DEROctetString.getInstance(name.getName()).getOctets();
                    try {
                        names.add("IP:" + java.net.InetAddress.getByAddress(address).getHostAddress()); //$NON-NLS-1$
                    } catch (java.net.UnknownHostException e) {
                        // a malformed address is left out; the CA may add the right one
                    }
                }
            }
        }
        return names;
    }

    /**
     * Signs a request with a CA: the request's signature must verify, the subject is the request's,
     * and the alternative names are the request's unless the template gives its own.
     */
    public static X509Certificate sign(PKCS10CertificationRequest request, CertificateProfile profile, int validityDays,
            SignatureHash hash, List<String> alternativeNames, X509Certificate caCertificate,
            java.security.PrivateKey caKey, CertificateIssuer issuer) throws KeyRepositoryException {
        if (!signatureVerifies(request)) {
            throw new KeyRepositoryException(Problem.REFUSED, Messages.Request_badSignature,
                    Messages.Request_badSignatureFix);
        }
        List<String> names = alternativeNames.isEmpty() ? requestedAlternativeNames(request) : alternativeNames;
        CertificateTemplate template = CertificateTemplate.keeping(subject(request), names, profile, validityDays, hash);
        return issuer.issue(publicKey(request), template, caCertificate, caKey);
    }
}
