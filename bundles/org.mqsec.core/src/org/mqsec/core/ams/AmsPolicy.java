package org.mqsec.core.ams;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mqsec.core.dn.AmsPolicyNames;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.AmsMessages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.plan.PolicyStep;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * An Advanced Message Security policy: the protected queue's name, the algorithms, who signs and
 * who may read, whether unprotected messages are tolerated, and how often an encryption key is
 * reused. The quality of protection follows from the algorithms.
 *
 * @param keyReuse {@link #KEY_REUSE_DISABLED}, {@link #KEY_REUSE_UNLIMITED} or 1..9,999,999
 */
public record AmsPolicy(String name, SignatureAlgorithm signature, EncryptionAlgorithm encryption, List<String> signers,
        List<String> recipients, boolean tolerate, int keyReuse) {

    public static final int KEY_REUSE_DISABLED = 0;
    public static final int KEY_REUSE_UNLIMITED = -1;
    public static final int KEY_REUSE_MAXIMUM = 9_999_999;

    /** Finding codes (the first two are the plan's, which checks policies the same way). */
    public static final String WEAK_ALGORITHM = "PLAN_WEAK_POLICY_ALGORITHM"; //$NON-NLS-1$
    public static final String NO_RECIPIENT = "PLAN_POLICY_NO_RECIPIENT"; //$NON-NLS-1$
    public static final String SIGNER_WITHOUT_ALGORITHM = "AMS_SIGNER_WITHOUT_ALGORITHM"; //$NON-NLS-1$
    public static final String KEY_REUSE_RANGE = "AMS_KEY_REUSE_RANGE"; //$NON-NLS-1$
    public static final String KEY_REUSE_IGNORED = "AMS_KEY_REUSE_IGNORED"; //$NON-NLS-1$
    public static final String KEY_REUSE_UNLIMITED_RISK = "AMS_KEY_REUSE_UNLIMITED"; //$NON-NLS-1$
    public static final String TOLERATES = "AMS_TOLERATES_UNPROTECTED"; //$NON-NLS-1$
    public static final String NO_PROTECTION = "AMS_NO_PROTECTION"; //$NON-NLS-1$
    public static final String DUPLICATE_DN = "AMS_DUPLICATE_DN"; //$NON-NLS-1$
    public static final String NO_NAME = "AMS_NO_NAME"; //$NON-NLS-1$

    /** SIGNALG: the keywords setmqspl, SET POLICY and dspmqspl use, and the PCF values. */
    public enum SignatureAlgorithm {
        NONE(0), MD5(1), SHA1(2), SHA256(4), SHA384(5), SHA512(6);

        public final int pcf;

        SignatureAlgorithm(int pcf) {
            this.pcf = pcf;
        }

        public String keyword() {
            return name();
        }

        /** Deprecated since IBM MQ 9.3; MD5 refused in FIPS mode from 9.4.4. */
        public boolean weak() {
            return this == MD5 || this == SHA1;
        }

        public static Optional<SignatureAlgorithm> of(String keyword) {
            for (SignatureAlgorithm algorithm : values()) {
                if (algorithm.keyword().equals(keyword)) {
                    return Optional.of(algorithm);
                }
            }
            return Optional.empty();
        }
    }

    /** ENCALG. */
    public enum EncryptionAlgorithm {
        NONE("NONE", 0), RC2("RC2", 1), DES("DES", 2), TRIPLE_DES("3DES", 3), AES128("AES128", 4), AES256("AES256", 5); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

        private final String keyword;
        public final int pcf;

        EncryptionAlgorithm(String keyword, int pcf) {
            this.keyword = keyword;
            this.pcf = pcf;
        }

        public String keyword() {
            return keyword;
        }

        /** RC2, DES and 3DES are deprecated; RC2 is refused in FIPS mode from 9.4.4. */
        public boolean weak() {
            return this == RC2 || this == DES || this == TRIPLE_DES;
        }

        public static Optional<EncryptionAlgorithm> of(String keyword) {
            for (EncryptionAlgorithm algorithm : values()) {
                if (algorithm.keyword.equals(keyword)) {
                    return Optional.of(algorithm);
                }
            }
            return Optional.empty();
        }
    }

    /** What the algorithms give a message, as dspmqspl names it. */
    public enum Protection {
        /** Neither signed nor encrypted. */
        NONE,
        /** Signed only: the getter knows who put it and that it is unchanged; anyone may read it. */
        INTEGRITY,
        /** Signed and encrypted: only the recipients read it, and they know who put it. */
        PRIVACY,
        /** Encrypted only: only the recipients read it, but not who put it. */
        CONFIDENTIALITY;

        public String explanation() {
            return switch (this) {
                case NONE -> AmsMessages.Protection_none;
                case INTEGRITY -> AmsMessages.Protection_integrity;
                case PRIVACY -> AmsMessages.Protection_privacy;
                case CONFIDENTIALITY -> AmsMessages.Protection_confidentiality;
            };
        }
    }

    public AmsPolicy {
        name = name == null ? "" : name.strip(); //$NON-NLS-1$
        signature = signature == null ? SignatureAlgorithm.NONE : signature;
        encryption = encryption == null ? EncryptionAlgorithm.NONE : encryption;
        signers = signers == null ? List.of() : List.copyOf(signers);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public Protection protection() {
        boolean signs = signature != SignatureAlgorithm.NONE;
        boolean encrypts = encryption != EncryptionAlgorithm.NONE;
        return signs && encrypts ? Protection.PRIVACY : signs ? Protection.INTEGRITY : encrypts ? Protection.CONFIDENTIALITY : Protection.NONE;
    }

    /** KEYREUSE as MQSC writes it: DISABLED, UNLIMITED or the count. */
    public String keyReuseKeyword() {
        return keyReuse == KEY_REUSE_DISABLED ? "DISABLED" : keyReuse == KEY_REUSE_UNLIMITED ? "UNLIMITED" : Integer.toString(keyReuse); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The policy as the attributes of a plan's SET POLICY step (every attribute, as ACTION(REPLACE) needs). */
    public Map<String, List<String>> attributes() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("SIGNALG", List.of(signature.keyword())); //$NON-NLS-1$
        attributes.put("ENCALG", List.of(encryption.keyword())); //$NON-NLS-1$
        attributes.put("SIGNER", signers); //$NON-NLS-1$
        attributes.put("RECIP", recipients); //$NON-NLS-1$
        attributes.put("ENFORCE", List.of(tolerate ? "TOLERATE" : "ENFORCE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        attributes.put("KEYREUSE", List.of(keyReuseKeyword())); //$NON-NLS-1$
        return attributes;
    }

    /** The plan step that makes the queue manager's policy exactly this one. */
    public PolicyStep step() {
        return new PolicyStep(PolicyStep.Mode.SET, name, attributes());
    }

    /**
     * The policy a plan step, a dump or an inquiry describes. Keywords it does not name take MQ's
     * defaults (NONE, ENFORCE, DISABLED).
     *
     * @throws IllegalArgumentException for an algorithm or key reuse MQ does not know; the message names it
     */
    public static AmsPolicy of(String name, Map<String, List<String>> attributes) {
        // algorithm names in upper case, as setmqspl requires them (MQSC folds unquoted words already)
        String signature = first(attributes, "SIGNALG", "NONE"); //$NON-NLS-1$ //$NON-NLS-2$
        String encryption = first(attributes, "ENCALG", "NONE"); //$NON-NLS-1$ //$NON-NLS-2$
        String toleration = first(attributes, "ENFORCE", first(attributes, "TOLERATE", "ENFORCE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new AmsPolicy(name,
                SignatureAlgorithm.of(signature).orElseThrow(() -> new IllegalArgumentException(AmsMessages.bind(AmsMessages.Policy_badWord,
                        "SIGNALG", signature))), //$NON-NLS-1$
                EncryptionAlgorithm.of(encryption).orElseThrow(() -> new IllegalArgumentException(AmsMessages.bind(AmsMessages.Policy_badWord,
                        "ENCALG", encryption))), //$NON-NLS-1$
                attributes.getOrDefault("SIGNER", List.of()), attributes.getOrDefault("RECIP", List.of()), //$NON-NLS-1$ //$NON-NLS-2$
                "TOLERATE".equalsIgnoreCase(toleration) || "YES".equalsIgnoreCase(toleration), //$NON-NLS-1$ //$NON-NLS-2$
                keyReuseOf(first(attributes, "KEYREUSE", "DISABLED"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Key reuse as an administrator writes it: DISABLED, UNLIMITED or a number (setmqspl's 0 and *
     * too); a number out of range is returned as it is, for {@link #check()} to name.
     *
     * @throws IllegalArgumentException for text that is none of these
     */
    public static int keyReuseOf(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if ("DISABLED".equals(value) || "0".equals(value)) { //$NON-NLS-1$ //$NON-NLS-2$
            return KEY_REUSE_DISABLED;
        }
        if ("UNLIMITED".equals(value) || "*".equals(value) || "-1".equals(value)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            return KEY_REUSE_UNLIMITED;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(AmsMessages.bind(AmsMessages.Policy_badWord, "KEYREUSE", text)); //$NON-NLS-1$
        }
    }

    private static String first(Map<String, List<String>> attributes, String keyword, String otherwise) {
        List<String> values = attributes.get(keyword);
        return values == null || values.isEmpty() ? otherwise : values.get(0);
    }

    /**
     * What the putting application's AMS does under this policy, in sentences for people: which
     * algorithms it uses, which keys and certificates its keystore must hold, and that the signer
     * list is not used when putting.
     */
    public List<String> putterUses() {
        List<String> sentences = new ArrayList<>();
        if (protection() == Protection.NONE) {
            sentences.add(AmsMessages.Roles_putterNone);
            return sentences;
        }
        if (signature != SignatureAlgorithm.NONE) {
            sentences.add(AmsMessages.bind(AmsMessages.Roles_putterSigns, signature.keyword()));
        }
        if (encryption != EncryptionAlgorithm.NONE) {
            sentences.add(AmsMessages.bind(AmsMessages.Roles_putterEncrypts, new Object[] { encryption.keyword(), recipients.size(),
                    String.join("; ", recipients) })); //$NON-NLS-1$
            if (protection() == Protection.CONFIDENTIALITY && keyReuse != KEY_REUSE_DISABLED) {
                sentences.add(AmsMessages.bind(AmsMessages.Roles_putterReuses, keyReuseKeyword()));
            }
        }
        if (!signers.isEmpty()) {
            sentences.add(AmsMessages.Roles_putterIgnoresSigners);
        }
        return sentences;
    }

    /**
     * What the getting application's AMS checks under this policy, in sentences for people: the
     * least protection and algorithms it accepts, whose signatures, whose keys it decrypts with, and
     * that the recipient list is not used when getting.
     */
    public List<String> getterChecks() {
        List<String> sentences = new ArrayList<>();
        if (protection() == Protection.NONE) {
            sentences.add(AmsMessages.Roles_getterNone);
            return sentences;
        }
        sentences.add(AmsMessages.bind(tolerate ? AmsMessages.Roles_getterTolerates : AmsMessages.Roles_getterEnforces, protection()));
        if (signature != SignatureAlgorithm.NONE) {
            sentences.add(AmsMessages.bind(AmsMessages.Roles_getterVerifies, signature.keyword()));
            sentences.add(signers.isEmpty() ? AmsMessages.Roles_getterAnySigner
                    : AmsMessages.bind(AmsMessages.Roles_getterListedSigners, String.join("; ", signers))); //$NON-NLS-1$
        }
        if (encryption != EncryptionAlgorithm.NONE) {
            sentences.add(AmsMessages.bind(AmsMessages.Roles_getterDecrypts, encryption.keyword()));
            if (!recipients.isEmpty()) {
                sentences.add(AmsMessages.Roles_getterIgnoresRecipients);
            }
        }
        return sentences;
    }

    /** What is wrong (errors: MQ refuses it) or unwise (warnings) in the policy, with codes. */
    public List<Finding> check() {
        List<Finding> findings = new ArrayList<>();
        String where = AmsMessages.bind(AmsMessages.Policy_where, name);
        if (name.isEmpty()) {
            findings.add(Finding.error(NO_NAME, "POLICY", AmsMessages.Policy_noName, AmsMessages.Policy_noNameFix)); //$NON-NLS-1$
        }
        findings.addAll(MqAttribute.POLICY_NAME.check(name, QueueManagerPlatform.MULTIPLATFORMS, where));
        findings.addAll(checkRules(where));
        return findings;
    }

    /**
     * The policy's rules without its name (a plan checks names itself).
     *
     * @param where how messages name the policy ("policy PAY.Q", "step 3 (...)")
     */
    public List<Finding> checkRules(String where) {
        List<Finding> findings = new ArrayList<>();
        if (signature.weak()) {
            findings.add(Finding.warning(WEAK_ALGORITHM, "SIGNALG", AmsMessages.bind(AmsMessages.Policy_weak, //$NON-NLS-1$
                    new Object[] { where, "SIGNALG", signature.keyword() }), AmsMessages.Policy_weakFix)); //$NON-NLS-1$
        }
        if (encryption.weak()) {
            findings.add(Finding.warning(WEAK_ALGORITHM, "ENCALG", AmsMessages.bind(AmsMessages.Policy_weak, //$NON-NLS-1$
                    new Object[] { where, "ENCALG", encryption.keyword() }), AmsMessages.Policy_weakFix)); //$NON-NLS-1$
        }
        if (encryption != EncryptionAlgorithm.NONE && recipients.isEmpty()) {
            findings.add(Finding.error(NO_RECIPIENT, "RECIP", AmsMessages.bind(AmsMessages.Policy_noRecipient, where), //$NON-NLS-1$
                    AmsMessages.Policy_noRecipientFix));
        }
        if (!signers.isEmpty() && signature == SignatureAlgorithm.NONE) {
            findings.add(Finding.error(SIGNER_WITHOUT_ALGORITHM, "SIGNER", AmsMessages.bind(AmsMessages.Policy_signerWithoutAlgorithm, where), //$NON-NLS-1$
                    AmsMessages.Policy_signerWithoutAlgorithmFix));
        }
        if (keyReuse < KEY_REUSE_UNLIMITED || keyReuse > KEY_REUSE_MAXIMUM) {
            findings.add(Finding.error(KEY_REUSE_RANGE, "KEYREUSE", AmsMessages.bind(AmsMessages.Policy_keyReuseRange, where, keyReuse), //$NON-NLS-1$
                    AmsMessages.Policy_keyReuseRangeFix));
        } else if (keyReuse != KEY_REUSE_DISABLED && protection() != Protection.CONFIDENTIALITY) {
            findings.add(Finding.warning(KEY_REUSE_IGNORED, "KEYREUSE", AmsMessages.bind(AmsMessages.Policy_keyReuseIgnored, //$NON-NLS-1$
                    where, protection()), AmsMessages.Policy_keyReuseIgnoredFix));
        } else if (keyReuse == KEY_REUSE_UNLIMITED) {
            findings.add(Finding.warning(KEY_REUSE_UNLIMITED_RISK, "KEYREUSE", AmsMessages.bind(AmsMessages.Policy_keyReuseUnlimited, where), //$NON-NLS-1$
                    AmsMessages.Policy_keyReuseUnlimitedFix));
        }
        if (tolerate) {
            findings.add(Finding.warning(TOLERATES, "TOLERATE", AmsMessages.bind(AmsMessages.Policy_tolerates, where), //$NON-NLS-1$
                    AmsMessages.Policy_toleratesFix));
        }
        if (protection() == Protection.NONE) {
            findings.add(Finding.warning(NO_PROTECTION, "SIGNALG", AmsMessages.bind(AmsMessages.Policy_none, where), //$NON-NLS-1$
                    AmsMessages.Policy_noneFix));
        }
        dns(signers, "SIGNER", findings); //$NON-NLS-1$
        dns(recipients, "RECIP", findings); //$NON-NLS-1$
        return findings;
    }

    private void dns(List<String> dns, String keyword, List<Finding> findings) {
        Set<String> seen = new HashSet<>();
        for (String dn : dns) {
            for (Finding finding : AmsPolicyNames.parse(dn).findings()) {
                findings.add(new Finding(finding.code(), finding.severity(), keyword, keyword + ": " + finding.message(), finding.fix())); //$NON-NLS-1$
            }
            if (!seen.add(dn)) {
                findings.add(Finding.warning(DUPLICATE_DN, keyword, AmsMessages.bind(AmsMessages.Policy_duplicateDn, keyword, dn), "")); //$NON-NLS-1$
            }
        }
    }
}
