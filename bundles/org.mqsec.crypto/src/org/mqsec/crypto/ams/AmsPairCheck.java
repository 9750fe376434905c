package org.mqsec.crypto.ams;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.security.auth.x500.X500Principal;

import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicy.Protection;
import org.mqsec.crypto.internal.Messages;

/**
 * Whether a message put under one side's AMS policy and keystore is accepted by the other side's,
 * and if not, which rule fails, in the order IBM's AMS code applies them (learnt from and tested
 * against IBM's own protect and unprotect, {@code AmsPairCheckTest}): a signing putter needs its own
 * certificate valid now and, unless self-signed, its issuer among its keystore's trusted entries; the
 * putter needs a certificate for every recipient (an expired one is used all the same); an unprotected message is refused unless the getter tolerates it; the
 * message's protection may not be weaker than the getter's, and an encrypt-only message is not
 * accepted where signing is required; its algorithms may not be weaker than the getter's; the
 * getter must be a recipient, trust the signer, and find the signer in its SIGNER list.
 */
public final class AmsPairCheck {

    /** What happens to the message. */
    public enum Outcome {
        /** The getter gets the message. */
        ACCEPTED,
        /** An unprotected message passes because the getter's policy tolerates it. */
        TOLERATED,
        /** The putter's MQPUT fails: the message never reaches the queue. */
        PUT_FAILS,
        /** The getter refuses the message: it lands on SYSTEM.PROTECTION.ERROR.QUEUE (reason 2063 at the getter). */
        GET_REFUSED,
        /**
         * Every check that could be made passes, but the signature's algorithm or signer is inside the
         * encryption (PRIVACY) and cannot be checked without the getter's private key.
         */
        UNDETERMINED
    }

    /** Codes of the rule that fails. */
    public static final String RECIPIENT_MISSING = "AMS_CHECK_RECIPIENT_MISSING"; //$NON-NLS-1$
    public static final String NO_IDENTITY = "AMS_CHECK_NO_IDENTITY"; //$NON-NLS-1$
    public static final String PUTTER_CERTIFICATE_INVALID = "AMS_CHECK_PUTTER_CERTIFICATE_INVALID"; //$NON-NLS-1$
    public static final String PUTTER_CHAIN_INCOMPLETE = "AMS_CHECK_PUTTER_CHAIN_INCOMPLETE"; //$NON-NLS-1$
    public static final String UNPROTECTED = "AMS_CHECK_UNPROTECTED"; //$NON-NLS-1$
    public static final String GETTER_WITHOUT_POLICY = "AMS_CHECK_GETTER_WITHOUT_POLICY"; //$NON-NLS-1$
    public static final String PROTECTION_WEAKER = "AMS_CHECK_PROTECTION_WEAKER"; //$NON-NLS-1$
    public static final String NOT_SIGNED = "AMS_CHECK_NOT_SIGNED"; //$NON-NLS-1$
    public static final String ENCRYPTION_WEAKER = "AMS_CHECK_ENCRYPTION_WEAKER"; //$NON-NLS-1$
    public static final String SIGNATURE_WEAKER = "AMS_CHECK_SIGNATURE_WEAKER"; //$NON-NLS-1$
    public static final String NOT_RECIPIENT = "AMS_CHECK_NOT_RECIPIENT"; //$NON-NLS-1$
    public static final String UNTRUSTED_SIGNER = "AMS_CHECK_UNTRUSTED_SIGNER"; //$NON-NLS-1$
    public static final String SIGNER_NOT_LISTED = "AMS_CHECK_SIGNER_NOT_LISTED"; //$NON-NLS-1$
    public static final String TOLERATED_CODE = "AMS_CHECK_TOLERATED"; //$NON-NLS-1$
    public static final String SIGNATURE_HIDDEN = "AMS_CHECK_SIGNATURE_HIDDEN"; //$NON-NLS-1$

    /**
     * One end: its policy for the queue, and what its keystore.conf leads to.
     *
     * @param identity the application's own certificate (keystore.conf's certificate), or null
     * @param hasKey   whether its private key is there too
     * @param chain    the identity's chain as its key entry holds it
     * @param trusted  the keystore's trusted certificate entries (CAs, other applications')
     */
    public record Side(AmsPolicy policy, X509Certificate identity, boolean hasKey, List<X509Certificate> chain, List<X509Certificate> trusted) {
        public Side {
            chain = List.copyOf(chain);
            trusted = List.copyOf(trusted);
        }

        /** Every certificate of the keystore. */
        public List<X509Certificate> certificates() {
            List<X509Certificate> all = new ArrayList<>(chain);
            all.addAll(trusted);
            return all;
        }
    }

    /** The outcome, the code of the rule that decided it ("" when accepted), and why in words. */
    public record Verdict(Outcome outcome, String code, String reason) {
    }

    private static final List<AmsPolicy.SignatureAlgorithm> SIGNATURE_STRENGTH = List.of(AmsPolicy.SignatureAlgorithm.MD5,
            AmsPolicy.SignatureAlgorithm.SHA1, AmsPolicy.SignatureAlgorithm.SHA256, AmsPolicy.SignatureAlgorithm.SHA384,
            AmsPolicy.SignatureAlgorithm.SHA512);
    private static final List<AmsPolicy.EncryptionAlgorithm> ENCRYPTION_STRENGTH = List.of(AmsPolicy.EncryptionAlgorithm.RC2,
            AmsPolicy.EncryptionAlgorithm.DES, AmsPolicy.EncryptionAlgorithm.TRIPLE_DES, AmsPolicy.EncryptionAlgorithm.AES128,
            AmsPolicy.EncryptionAlgorithm.AES256);

    private AmsPairCheck() {
    }

    /** @param now when the message is put and got (certificate validity) */
    public static Verdict check(Side putter, Side getter, Date now) {
        AmsPolicy put = putter.policy();
        AmsPolicy get = getter.policy();
        Protection sent = put.protection();
        boolean signed = sent == Protection.INTEGRITY || sent == Protection.PRIVACY;
        boolean encrypted = sent == Protection.PRIVACY || sent == Protection.CONFIDENTIALITY;
        // the put
        if (signed && (putter.identity() == null || !putter.hasKey())) {
            return new Verdict(Outcome.PUT_FAILS, NO_IDENTITY, Messages.Ams_checkNoIdentity);
        }
        if (signed && expired(putter.identity(), now)) {
            return new Verdict(Outcome.PUT_FAILS, PUTTER_CERTIFICATE_INVALID, Messages.bind(Messages.Ams_checkPutterInvalid,
                    putter.identity().getSubjectX500Principal().getName()));
        }
        if (signed && !selfSigned(putter.identity()) && !trusted(putter.identity(), putter.trusted(), now)) {
            return new Verdict(Outcome.PUT_FAILS, PUTTER_CHAIN_INCOMPLETE, Messages.bind(Messages.Ams_checkPutterChain,
                    putter.identity().getIssuerX500Principal().getName()));
        }
        List<X509Certificate> recipients = new ArrayList<>();
        if (encrypted) {
            for (String dn : put.recipients()) {
                Optional<X509Certificate> certificate = subject(putter.certificates(), dn);
                if (certificate.isEmpty()) {
                    return new Verdict(Outcome.PUT_FAILS, RECIPIENT_MISSING, Messages.bind(Messages.Ams_checkRecipientMissing, dn));
                }
                recipients.add(certificate.get());
            }
        }
        List<Recipient> named = recipients.stream().map(r -> new Recipient(r.getIssuerX500Principal(), r.getSerialNumber())).toList();
        return get(new Message(sent, signed ? put.signature() : null, encrypted ? put.encryption() : null, signed ? putter.identity() : null,
                named), getter, now);
    }

    /** A recipient as a message names it: the issuer and serial number of its certificate. */
    public record Recipient(X500Principal issuer, BigInteger serial) {
    }

    /**
     * What the getter sees of a message: its protection, its algorithms and its signer when known
     * (null when not: the signer of a PRIVACY message is inside the encryption), and its recipients.
     */
    public record Message(Protection protection, AmsPolicy.SignatureAlgorithm signature, AmsPolicy.EncryptionAlgorithm encryption,
            X509Certificate signer, List<Recipient> recipients) {
        public Message {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * The getter's checks on a message, in IBM's order; a rule whose input the message does not
     * show (an algorithm or signer that is not known) is passed over.
     */
    public static Verdict get(Message message, Side getter, Date now) {
        AmsPolicy get = getter.policy();
        Protection sent = message.protection();
        boolean signed = sent == Protection.INTEGRITY || sent == Protection.PRIVACY;
        boolean encrypted = sent == Protection.PRIVACY || sent == Protection.CONFIDENTIALITY;
        Protection required = get.protection();
        if (sent == Protection.NONE) {
            if (required == Protection.NONE) {
                return new Verdict(Outcome.ACCEPTED, "", Messages.Ams_checkAccepted); //$NON-NLS-1$
            }
            return get.tolerate() ? new Verdict(Outcome.TOLERATED, TOLERATED_CODE, Messages.Ams_checkTolerated)
                    : new Verdict(Outcome.GET_REFUSED, UNPROTECTED, Messages.bind(Messages.Ams_checkUnprotected, required));
        }
        if (required == Protection.NONE) {
            return new Verdict(Outcome.GET_REFUSED, GETTER_WITHOUT_POLICY, Messages.bind(Messages.Ams_checkGetterWithoutPolicy, sent));
        }
        if (sent.ordinal() < required.ordinal()) {
            return new Verdict(Outcome.GET_REFUSED, PROTECTION_WEAKER, Messages.bind(Messages.Ams_checkProtectionWeaker, sent, required));
        }
        if (!signed && (required == Protection.INTEGRITY || required == Protection.PRIVACY)) {
            return new Verdict(Outcome.GET_REFUSED, NOT_SIGNED, Messages.bind(Messages.Ams_checkNotSigned, sent, required));
        }
        if (encrypted && message.encryption() != null && get.encryption() != AmsPolicy.EncryptionAlgorithm.NONE
                && ENCRYPTION_STRENGTH.indexOf(message.encryption()) < ENCRYPTION_STRENGTH.indexOf(get.encryption())) {
            return new Verdict(Outcome.GET_REFUSED, ENCRYPTION_WEAKER, Messages.bind(Messages.Ams_checkEncryptionWeaker,
                    message.encryption().keyword(), get.encryption().keyword()));
        }
        if (signed && message.signature() != null && get.signature() != AmsPolicy.SignatureAlgorithm.NONE
                && SIGNATURE_STRENGTH.indexOf(message.signature()) < SIGNATURE_STRENGTH.indexOf(get.signature())) {
            return new Verdict(Outcome.GET_REFUSED, SIGNATURE_WEAKER, Messages.bind(Messages.Ams_checkSignatureWeaker,
                    message.signature().keyword(), get.signature().keyword()));
        }
        if (encrypted && (getter.identity() == null || !getter.hasKey() || message.recipients().stream().noneMatch(r -> r.serial()
                .equals(getter.identity().getSerialNumber()) && r.issuer().equals(getter.identity().getIssuerX500Principal())))) {
            return new Verdict(Outcome.GET_REFUSED, NOT_RECIPIENT, Messages.Ams_checkNotRecipient);
        }
        X509Certificate signer = message.signer();
        if (signed && signer != null && !trusted(signer, getter.certificates(), now)) {
            return new Verdict(Outcome.GET_REFUSED, UNTRUSTED_SIGNER, Messages.bind(Messages.Ams_checkUntrustedSigner,
                    signer.getSubjectX500Principal().getName()));
        }
        if (signed && signer != null && !get.signers().isEmpty() && subject(List.of(signer), get.signers()).isEmpty()) {
            return new Verdict(Outcome.GET_REFUSED, SIGNER_NOT_LISTED, Messages.bind(Messages.Ams_checkSignerNotListed,
                    signer.getSubjectX500Principal().getName()));
        }
        if (signed && (signer == null || message.signature() == null)) {
            return new Verdict(Outcome.UNDETERMINED, SIGNATURE_HIDDEN, Messages.Ams_checkSignatureHidden);
        }
        return new Verdict(Outcome.ACCEPTED, "", Messages.Ams_checkAccepted); //$NON-NLS-1$
    }

    /** A certificate whose subject is the DN (compared as names, so spacing and case of keywords do not matter). */
    private static Optional<X509Certificate> subject(List<X509Certificate> certificates, String dn) {
        X500Principal wanted;
        try {
            wanted = new X500Principal(dn);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return certificates.stream().filter(c -> c.getSubjectX500Principal().equals(wanted)).findFirst();
    }

    private static Optional<X509Certificate> subject(List<X509Certificate> certificates, List<String> dns) {
        for (String dn : dns) {
            Optional<X509Certificate> found = subject(certificates, dn);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }


    private static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Whether the signer's certificate is, or chains to, a certificate the getter's keystore holds. */
    private static boolean trusted(X509Certificate signer, List<X509Certificate> keystore, Date now) {
        if (keystore.contains(signer)) {
            return !expired(signer, now);
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        keystore.forEach(c -> anchors.add(new TrustAnchor(c, null)));
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            List<X509Certificate> all = new ArrayList<>(keystore);
            all.add(signer);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(all))); //$NON-NLS-1$
            CertPathBuilder.getInstance("PKIX").build(parameters); //$NON-NLS-1$
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean expired(X509Certificate certificate, Date now) {
        try {
            certificate.checkValidity(now);
            return false;
        } catch (GeneralSecurityException e) {
            return true;
        }
    }
}
