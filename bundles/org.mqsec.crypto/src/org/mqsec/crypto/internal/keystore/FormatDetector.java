package org.mqsec.crypto.internal.keystore;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;

/** Tells the format of a key repository from its content; the file name only breaks ties. */
final class FormatDetector {

    private static final int JKS_MAGIC = 0xFEEDFEED;
    private static final int JCEKS_MAGIC = 0xCECECECE;
    /** PEM files may start with text (OpenSSL "Bag Attributes", comments); look this far for a block. */
    private static final int PEM_SEARCH_LIMIT = 64 * 1024;

    private FormatDetector() {
    }

    static Optional<KeyRepositoryFormat> detect(RepositoryFile file) throws KeyRepositoryException {
        byte[] content = file.content();
        if (CmsContainer.looksLike(content) || content.length >= 2 && (content[0] & 0xff) == 0x37 && (content[1] & 0xff) == 0x48) {
            return Optional.of(KeyRepositoryFormat.CMS);
        }
        if (content.length >= 4) {
            int magic = ((content[0] & 0xff) << 24) | ((content[1] & 0xff) << 16) | ((content[2] & 0xff) << 8)
                    | (content[3] & 0xff);
            if (magic == JKS_MAGIC) {
                return Optional.of(KeyRepositoryFormat.JKS);
            }
            if (magic == JCEKS_MAGIC) {
                return Optional.of(KeyRepositoryFormat.JCEKS);
            }
        }
        String head = new String(content, 0, Math.min(content.length, PEM_SEARCH_LIMIT), StandardCharsets.ISO_8859_1);
        if (head.contains("-----BEGIN ")) { //$NON-NLS-1$
            return Optional.of(KeyRepositoryFormat.PEM);
        }
        if (content.length > 1 && content[0] == 0x30) {
            return Optional.of(classifyDer(file));
        }
        return Optional.empty();
    }

    /** A DER SEQUENCE: PFX (version 3 + ContentInfo), a certificate (tbs, algorithm, signature) or PKCS#7. */
    private static KeyRepositoryFormat classifyDer(RepositoryFile file) throws KeyRepositoryException {
        ASN1Primitive parsed;
        try {
            parsed = file.asn1();
        } catch (KeyRepositoryException e) {
            throw e; // a SEQUENCE that does not parse: damaged or cut short
        }
        if (!(parsed instanceof ASN1Sequence sequence) || sequence.size() < 2) {
            throw file.corrupt(null);
        }
        var first = sequence.getObjectAt(0).toASN1Primitive();
        var second = sequence.getObjectAt(1).toASN1Primitive();
        if (first instanceof ASN1Integer version && version.hasValue(3) && second instanceof ASN1Sequence) {
            return KeyRepositoryFormat.PKCS12;
        }
        if (first instanceof ASN1ObjectIdentifier type && PKCSObjectIdentifiers.signedData.equals(type)) {
            return KeyRepositoryFormat.PKCS7;
        }
        if (sequence.size() == 3 && first instanceof ASN1Sequence && second instanceof ASN1Sequence
                && sequence.getObjectAt(2).toASN1Primitive() instanceof ASN1BitString && !parses(sequence,
                        org.bouncycastle.asn1.x509.Certificate::getInstance)
                && parses(sequence, org.bouncycastle.asn1.x509.CertificateList::getInstance)) {
            throw notARepository(file, Messages.Kind_crl);
        }
        if (sequence.size() == 3 && first instanceof ASN1Sequence && second instanceof ASN1Sequence
                && sequence.getObjectAt(2).toASN1Primitive() instanceof ASN1BitString) {
            return KeyRepositoryFormat.DER_CERTIFICATE;
        }
        String kind = keyKind(sequence);
        if (kind != null) {
            throw notARepository(file, kind);
        }
        throw file.corrupt(null);
    }

    /** What DER key structure the sequence is, or null: keys alone are well-formed files, not damaged ones. */
    private static String keyKind(ASN1Sequence sequence) {
        if (parses(sequence, org.bouncycastle.asn1.pkcs.PrivateKeyInfo::getInstance)) {
            return Messages.Kind_privateKey;
        }
        if (parses(sequence, org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo::getInstance)) {
            return Messages.Kind_encryptedPrivateKey;
        }
        if (parses(sequence, org.bouncycastle.asn1.x509.SubjectPublicKeyInfo::getInstance)) {
            return Messages.Kind_publicKey;
        }
        if (parses(sequence, org.bouncycastle.asn1.pkcs.RSAPrivateKey::getInstance)) {
            return Messages.Kind_rsaPrivateKey;
        }
        if (parses(sequence, org.bouncycastle.asn1.sec.ECPrivateKey::getInstance)) {
            return Messages.Kind_ecPrivateKey;
        }
        return null;
    }

    private static boolean parses(ASN1Sequence sequence, java.util.function.Function<Object, ?> parser) {
        try {
            parser.apply(sequence);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static KeyRepositoryException notARepository(RepositoryFile file, String kind) {
        return new KeyRepositoryException(KeyRepositoryException.Problem.UNKNOWN_FORMAT,
                Messages.bind(Messages.Problem_notARepository, file.name(), kind), Messages.Advice_notARepository);
    }

    /** The names GSKit gives key databases and their companions (stash, requests, CRLs). */
    static boolean isCmsKeyDatabase(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".kdb") || lower.endsWith(".sth") || lower.endsWith(".rdb") || lower.endsWith(".crl"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
