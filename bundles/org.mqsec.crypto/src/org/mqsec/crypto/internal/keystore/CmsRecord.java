package org.mqsec.crypto.internal.keystore;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERVisibleString;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * One record of a CMS key database ({@code cms-kdb.md} 1.4): its number, what it holds (a
 * certificate, a certificate with its encrypted key, a request with its key, or a secret key), its
 * label and its flags (bit 0 trusted, bit 1 the default certificate).
 *
 * @param key the encrypted key of a personal certificate, request or secret key; null for a certificate alone
 */
public record CmsRecord(int number, Type type, Certificate certificate, ASN1Primitive request, EncryptedPrivateKeyInfo key,
        String label, boolean trusted, boolean isDefault) {

    /** The content, by its context tag. */
    public enum Type {
        REQUEST(0), CERTIFICATE(1), PERSONAL(2), SECRET(3);

        final int tag;

        Type(int tag) {
            this.tag = tag;
        }
    }

    private static final int TRUSTED = 0x80;
    private static final int DEFAULT = 0x40;

    /** Decodes a record's DER. */
    public static CmsRecord parse(byte[] der) throws IOException {
        try {
            ASN1Sequence record = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            int number = ASN1Integer.getInstance(record.getObjectAt(0)).intValueExact();
            ASN1TaggedObject content = ASN1TaggedObject.getInstance(record.getObjectAt(1));
            String label = ((ASN1String) record.getObjectAt(2)).getString();
            ASN1BitString flags = ASN1BitString.getInstance(record.getObjectAt(3));
            byte[] bits = flags.getBytes();
            int first = bits.length == 0 ? 0 : bits[0] & 0xFF;
            boolean trusted = (first & TRUSTED) != 0;
            boolean isDefault = (first & DEFAULT) != 0;
            ASN1Primitive inner = content.getExplicitBaseObject().toASN1Primitive();
            switch (content.getTagNo()) {
                case 1:
                    return new CmsRecord(number, Type.CERTIFICATE, Certificate.getInstance(inner), null, null, label, trusted, isDefault);
                case 2: {
                    ASN1Sequence pair = ASN1Sequence.getInstance(inner);
                    return new CmsRecord(number, Type.PERSONAL, Certificate.getInstance(pair.getObjectAt(0)), null,
                            EncryptedPrivateKeyInfo.getInstance(pair.getObjectAt(1)), label, trusted, isDefault);
                }
                case 0: {
                    ASN1Sequence pair = ASN1Sequence.getInstance(inner);
                    return new CmsRecord(number, Type.REQUEST, null, pair.getObjectAt(0).toASN1Primitive(),
                            EncryptedPrivateKeyInfo.getInstance(pair.getObjectAt(1)), label, trusted, isDefault);
                }
                case 3:
                    return new CmsRecord(number, Type.SECRET, null, null, EncryptedPrivateKeyInfo.getInstance(inner), label, trusted, isDefault);
                default:
                    throw new IOException("record content tag [" + content.getTagNo() + "]"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The record's DER, as GSKit writes it: the record number in the INTEGER, the label as a VisibleString. */
    public byte[] encode() throws IOException {
        ASN1EncodableVector content = new ASN1EncodableVector();
        switch (type) {
            case CERTIFICATE -> content.add(certificate);
            case PERSONAL -> {
                content.add(certificate);
                content.add(key);
            }
            case REQUEST -> {
                content.add(request);
                content.add(key);
            }
            case SECRET -> content.add(key);
        }
        ASN1EncodableVector record = new ASN1EncodableVector();
        record.add(new ASN1Integer(number));
        record.add(new DERTaggedObject(true, type.tag, content.size() == 1 ? content.get(0) : new DERSequence(content)));
        record.add(new DERVisibleString(label));
        int flags = (trusted ? TRUSTED : 0) | (isDefault ? DEFAULT : 0);
        record.add(new DERBitString(new byte[] { (byte) flags }, isDefault ? 6 : 7));
        return new DERSequence(record).getEncoded(ASN1Encoding.DER);
    }

    /** The record in its slot, with GSKit's five lookup hashes of its certificate. */
    public CmsContainer.Slot slot() throws IOException {
        return new CmsContainer.Slot(number, encode(), label, certificate == null ? List.of() : lookupHashes(certificate));
    }

    /**
     * SHA-1 of, in order: the signature BIT STRING, the TBSCertificate, the subject, the
     * SubjectPublicKeyInfo, and the issuer with the serial number (an IssuerAndSerialNumber).
     */
    public static List<byte[]> lookupHashes(Certificate certificate) throws IOException {
        return List.of(sha1(certificate.getSignature().getEncoded(ASN1Encoding.DER)),
                sha1(certificate.getTBSCertificate().getEncoded(ASN1Encoding.DER)), sha1(certificate.getSubject().getEncoded(ASN1Encoding.DER)),
                sha1(certificate.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER)),
                sha1(new IssuerAndSerialNumber(certificate.getIssuer(), certificate.getSerialNumber().getValue()).getEncoded(ASN1Encoding.DER)));
    }

    private static byte[] sha1(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(data); //$NON-NLS-1$
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
