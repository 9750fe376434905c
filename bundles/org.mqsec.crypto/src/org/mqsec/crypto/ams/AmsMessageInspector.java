package org.mqsec.crypto.ams;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.mqsec.core.ams.AmsPolicy.Protection;
import org.mqsec.crypto.internal.Messages;

import com.ibm.mq.constants.MQConstants;
import com.ibm.mq.headers.MQDLH;
import com.ibm.mq.headers.MQDataException;

/**
 * What a message from {@code SYSTEM.PROTECTION.ERROR.QUEUE} says without any key ({@code ams.md}
 * 1.3, 4.3): the dead-letter header's reason (read by IBM's {@code MQDLH}), the PDMQ header (quality
 * of protection, key reuse, policy name, original format and size) and the CMS body: for a signed
 * message the signer's certificate, digest and signing time; for an encrypted one the content
 * algorithm and the recipients by issuer and serial number.
 */
public final class AmsMessageInspector {

    private static final byte[] PDMQ = "PDMQ".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final int SIGN = 4;
    private static final int SEAL = 8;
    private static final int ENCRYPT_ONLY = 64;
    private static final int KEY_REUSE = 0x20;

    /**
     * What the getter sees of a message once it decrypts it with its own key: for PRIVACY the signer
     * and the signature's digest, hidden from {@link #message(Inspection)}. A getter that is not a
     * recipient learns no more than without its key.
     */
    public static AmsPairCheck.Message message(byte[] message, PrivateKey key, X509Certificate certificate) throws IOException {
        Read read = read(message);
        Inspection inspection = read.inspection();
        if (inspection.protection() != Protection.PRIVACY) {
            return message(inspection);
        }
        try {
            CMSEnvelopedData data = new CMSEnvelopedData(read.body());
            RecipientInformation mine = data.getRecipientInfos().get(new KeyTransRecipientId(
                    org.bouncycastle.asn1.x500.X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()), certificate.getSerialNumber()));
            if (mine == null) {
                return message(inspection);
            }
            byte[] content = mine.getContent(new org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient(key));
            // IBM encrypts the SignedData's contents without its outer SEQUENCE (ams.md 1.3): put it back
            org.bouncycastle.asn1.ASN1EncodableVector elements = new org.bouncycastle.asn1.ASN1EncodableVector();
            try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(content)) {
                for (org.bouncycastle.asn1.ASN1Primitive element = in.readObject(); element != null; element = in.readObject()) {
                    elements.add(element);
                }
            }
            org.bouncycastle.asn1.cms.SignedData signedData = org.bouncycastle.asn1.cms.SignedData.getInstance(new org.bouncycastle.asn1.DERSequence(elements));
            CMSSignedData signed = new CMSSignedData(new org.bouncycastle.asn1.cms.ContentInfo(org.bouncycastle.asn1.cms.CMSObjectIdentifiers.signedData,
                    signedData));
            SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
            X509Certificate signer = signer(signed, info);
            return new AmsPairCheck.Message(Protection.PRIVACY, signature(name(info.getDigestAlgorithmID())),
                    encryption(inspection.encryptionAlgorithm()), signer, inspection.recipients());
        } catch (CMSException | CertificateException | RuntimeException e) {
            throw new IOException(Messages.bind(Messages.Ams_inspectBadBody, e.getMessage()), e);
        }
    }

    /** What the getter's checks see of the inspected message ({@link AmsPairCheck#get}). */
    public static AmsPairCheck.Message message(Inspection inspection) {
        return new AmsPairCheck.Message(inspection.protection(), signature(inspection.digestAlgorithm()),
                encryption(inspection.encryptionAlgorithm()), inspection.signer(), inspection.recipients());
    }

    /** The policy keyword of a digest as Bouncy Castle names it (SHA-256, SHA256...); null when unknown. */
    private static org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm signature(String digest) {
        String name = digest.toUpperCase(java.util.Locale.ROOT).replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm.of(name).orElse(null);
    }

    /** The policy keyword of a content encryption algorithm as Bouncy Castle names it; null when unknown. */
    private static org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm encryption(String algorithm) {
        String name = algorithm.toUpperCase(java.util.Locale.ROOT).replace("-", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (name.contains("AES256")) { //$NON-NLS-1$
            return org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.AES256;
        }
        if (name.contains("AES128")) { //$NON-NLS-1$
            return org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.AES128;
        }
        if (name.contains("DESEDE") || name.contains("3DES") || name.contains("TRIPLEDES")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.TRIPLE_DES;
        }
        if (name.contains("DES")) { //$NON-NLS-1$
            return org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.DES;
        }
        return name.contains("RC2") ? org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm.RC2 : null; //$NON-NLS-1$
    }

    /**
     * @param deadLetterReason the MQDLH reason (usually 2063), or 0 without a dead-letter header
     * @param signer           the signer's certificate (INTEGRITY); null otherwise (PRIVACY hides it inside the encryption)
     * @param plaintextLength  the signed content's length (INTEGRITY, where it is attached); -1 otherwise
     */
    public record Inspection(int deadLetterReason, String destination, Protection protection, int headerVersion, boolean keyReuse,
            String policyName, String originalFormat, int originalSize, X509Certificate signer, String digestAlgorithm, Date signingTime,
            String encryptionAlgorithm, List<AmsPairCheck.Recipient> recipients, int plaintextLength) {
    }

    private AmsMessageInspector() {
    }

    /**
     * @throws IOException in words, when the bytes are not an AMS-protected message (with or without its MQDLH)
     */
    public static Inspection inspect(byte[] message) throws IOException {
        return read(message).inspection();
    }

    /**
     * The getter's checks replayed on a message: with the getter's private key a PRIVACY message is
     * decrypted so that its hidden signature is checked too; without it, what the message shows.
     *
     * @throws IOException in words, when the bytes are not an AMS-protected message or do not decrypt
     */
    public static AmsPairCheck.Verdict replay(byte[] message, AmsSides.Opened getter, Date now) throws IOException {
        AmsPairCheck.Message seen = getter.key() == null ? message(inspect(message))
                : message(message, getter.key(), getter.side().identity());
        return AmsPairCheck.get(seen, getter.side(), now);
    }

    /** The inspection and the protected body it was read from. */
    private record Read(Inspection inspection, byte[] body) {
    }

    private static Read read(byte[] message) throws IOException {
        int offset = 0;
        int reason = 0;
        String destination = ""; //$NON-NLS-1$
        if (message.length >= 4 && new String(message, 0, 4, StandardCharsets.US_ASCII).equals(MQConstants.MQDLH_STRUC_ID)) {
            MQDLH dlh = deadLetterHeader(message);
            reason = dlh.getReason();
            destination = dlh.getDestQName().strip();
            offset = MQConstants.MQDLH_LENGTH_1; // version 1, the only one
        }
        if (message.length < offset + 104 || !Arrays.equals(Arrays.copyOfRange(message, offset, offset + 4), PDMQ)) {
            throw new IOException(Messages.Ams_inspectNotProtected);
        }
        ByteBuffer header = ByteBuffer.wrap(message, offset, message.length - offset).slice();
        header.order(message[offset + 6] == 2 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int version = message[offset + 4];
        int dataOffset = header.getInt(12);
        int protType = header.getInt(16);
        int originalSize = header.getInt(24);
        int keyBlockSize = header.getInt(28);
        String format = new String(message, offset + 32, 8, StandardCharsets.US_ASCII).strip();
        String policy = new String(message, offset + 56, 48, StandardCharsets.UTF_8).replace("\0", "").strip(); //$NON-NLS-1$ //$NON-NLS-2$
        if (dataOffset < 104 || offset + dataOffset > message.length) {
            throw new IOException(Messages.Ams_inspectBadHeader);
        }
        byte[] body = Arrays.copyOfRange(message, offset + dataOffset, message.length);
        int type = protType & ~KEY_REUSE;
        try {
            if (type == SIGN) {
                CMSSignedData signed = new CMSSignedData(body);
                SignerInformation info = signed.getSignerInfos().getSigners().iterator().next();
                X509Certificate signer = signer(signed, info);
                Attribute time = info.getSignedAttributes() == null ? null : info.getSignedAttributes().get(CMSAttributes.signingTime);
                Date signingTime = time == null ? null : Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate();
                byte[] content = (byte[]) signed.getSignedContent().getContent();
                return new Read(new Inspection(reason, destination, Protection.INTEGRITY, version, (protType & KEY_REUSE) != 0, policy, format,
                        originalSize, signer, name(info.getDigestAlgorithmID()), signingTime, "", List.of(), content.length), body); //$NON-NLS-1$
            }
            if (type == SEAL || type == ENCRYPT_ONLY) {
                byte[] enveloped = type == SEAL ? body : Arrays.copyOf(body, keyBlockSize);
                CMSEnvelopedData data = new CMSEnvelopedData(enveloped);
                List<AmsPairCheck.Recipient> recipients = new ArrayList<>();
                for (RecipientInformation recipient : data.getRecipientInfos().getRecipients()) {
                    if (recipient.getRID() instanceof KeyTransRecipientId id && id.getIssuer() != null) {
                        // the issuer as encoded, so that it compares with certificates' issuers exactly
                        recipients.add(new AmsPairCheck.Recipient(new javax.security.auth.x500.X500Principal(id.getIssuer().getEncoded()),
                                id.getSerialNumber()));
                    }
                }
                return new Read(new Inspection(reason, destination, type == SEAL ? Protection.PRIVACY : Protection.CONFIDENTIALITY, version,
                        (protType & KEY_REUSE) != 0, policy, format, originalSize, null, "", null, //$NON-NLS-1$
                        type == SEAL ? name(data.getContentEncryptionAlgorithm()) : Messages.bind(Messages.Ams_inspectKeyBlock,
                                name(data.getContentEncryptionAlgorithm())), recipients, -1), body);
            }
        } catch (CMSException | CertificateException | RuntimeException e) {
            throw new IOException(Messages.bind(Messages.Ams_inspectBadBody, e.getMessage()), e);
        }
        throw new IOException(Messages.bind(Messages.Ams_inspectBadType, protType));
    }

    /** The signer's certificate, which IBM's putter carries in the SignedData; null when it does not. */
    private static X509Certificate signer(CMSSignedData signed, SignerInformation info) throws CertificateException {
        @SuppressWarnings("unchecked")
        java.util.Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(info.getSID());
        X509CertificateHolder holder = matches.stream().findFirst().orElse(null);
        return holder == null ? null : new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static String name(org.bouncycastle.asn1.x509.AlgorithmIdentifier algorithm) {
        return new DefaultAlgorithmNameFinder().getAlgorithmName(algorithm);
    }

    /** The dead-letter header, read by IBM's class; integers as Java writes them, else byte-swapped. */
    private static MQDLH deadLetterHeader(byte[] message) throws IOException {
        try {
            MQDLH dlh = new MQDLH(new DataInputStream(new ByteArrayInputStream(message)), MQConstants.MQENC_INTEGER_NORMAL, 1208);
            if (dlh.getReason() > 0 && dlh.getReason() < 10_000) {
                return dlh;
            }
            return new MQDLH(new DataInputStream(new ByteArrayInputStream(message)), MQConstants.MQENC_INTEGER_REVERSED, 1208);
        } catch (MQDataException e) {
            throw new IOException(Messages.bind(Messages.Ams_inspectBadBody, e.getMessage()), e);
        }
    }
}
