package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mqsec.core.ams.AmsPolicy;
import org.mqsec.core.ams.AmsPolicy.EncryptionAlgorithm;
import org.mqsec.core.ams.AmsPolicy.SignatureAlgorithm;
import org.mqsec.crypto.ams.AmsPairCheck;
import org.mqsec.crypto.ams.AmsPairCheck.Outcome;
import org.mqsec.crypto.ams.AmsPairCheck.Side;
import org.mqsec.crypto.ams.AmsPairCheck.Verdict;
import org.mqsec.testing.IbmAms;
import org.mqsec.testing.KeystoreFixtures;

import com.ibm.mq.ese.core.AMBIHeader;
import com.ibm.mq.ese.core.EseUser;
import com.ibm.mq.ese.core.SecurityPolicy;
import com.ibm.mq.ese.core.X500NameWrapper;
import com.ibm.mq.ese.intercept.SmqiObject;
import com.ibm.mq.ese.pki.MissingCertificateException;
import com.ibm.mq.ese.prot.MessageProtection;
import com.ibm.mq.ese.prot.MessageUnprotectInfo;

/**
 * The putter/getter check against IBM's own AMS implementation (com.ibm.mq.allclient 9.4.0.5, test
 * scope only, ams.md section 4): for each scenario IBM's code protects a message as the putter's
 * interceptor does and unprotects it as the getter's does, and our check must predict the outcome
 * and the rule. The three get-side rules IBM keeps in private interceptor methods (protection not
 * weaker than the policy's, the SIGNER list, toleration of unprotected messages) are applied here
 * as ams.md 4.1 gives them; everything else is IBM's protect and unprotect.
 */
class AmsPairCheckTest {

    private static final String PASSWORD = "Passw0rd-ams"; //$NON-NLS-1$
    private static final String ALICE = "CN=alice,O=Example"; //$NON-NLS-1$
    private static final String BOB = "CN=bob,O=Example"; //$NON-NLS-1$
    private static final String CAROL = "CN=carol,O=Example"; //$NON-NLS-1$
    private static final String DAVE = "CN=dave,O=Example"; //$NON-NLS-1$

    /** One end: its keystore file and alias, and the same as our check sees it. */
    private record End(Path keystore, String alias, List<X509Certificate> chain, List<X509Certificate> trusted) {
    }

    private static End alice;
    private static End aliceWithoutBob;
    private static End aliceWithOldBob;
    private static End aliceExpired;
    private static End bob;
    private static End bobTrustingCa;
    private static End bobWithOldAlice;
    private static End carol;
    private static End dave;
    private static End daveWithoutCa;

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA"); //$NON-NLS-1$
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X500Name name(String dn) {
        return X500Name.getInstance(new X500Principal(dn).getEncoded());
    }

    private static X509Certificate certificate(String dn, KeyPair subject, String issuer, PrivateKey issuerKey, boolean ca, int fromDays,
            int toDays) throws Exception {
        long now = System.currentTimeMillis();
        var builder = new JcaX509v3CertificateBuilder(name(issuer), BigInteger.valueOf(now).add(BigInteger.valueOf(dn.hashCode() & 0xffff)),
                new Date(now + fromDays * 86_400_000L), new Date(now + toDays * 86_400_000L), name(dn), subject.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment));
        if (ca) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey))); //$NON-NLS-1$
    }

    private static End end(Path dir, String file, String alias, PrivateKey key, List<X509Certificate> chain, X509Certificate... trusted)
            throws Exception {
        KeyStore store = KeyStore.getInstance("JKS"); //$NON-NLS-1$
        store.load(null, null);
        store.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain.toArray(Certificate[]::new));
        for (int i = 0; i < trusted.length; i++) {
            store.setCertificateEntry("trusted" + i, trusted[i]); //$NON-NLS-1$
        }
        Path path = dir.resolve(file + ".jks"); //$NON-NLS-1$
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, PASSWORD.toCharArray());
        }
        return new End(path, alias, chain, List.of(trusted));
    }

    @BeforeAll
    static void identities() throws Exception {
        Path dir = KeystoreFixtures.get().scratch("ams-pair-check"); //$NON-NLS-1$
        KeyPair a = rsa();
        KeyPair b = rsa();
        KeyPair c = rsa();
        KeyPair d = rsa();
        KeyPair ca = rsa();
        X509Certificate aliceCert = certificate(ALICE, a, ALICE, a.getPrivate(), false, -1, 365);
        X509Certificate aliceOld = certificate(ALICE, a, ALICE, a.getPrivate(), false, -60, -1);
        X509Certificate bobCert = certificate(BOB, b, BOB, b.getPrivate(), false, -1, 365);
        X509Certificate bobOld = certificate(BOB, b, BOB, b.getPrivate(), false, -60, -2);
        X509Certificate carolCert = certificate(CAROL, c, CAROL, c.getPrivate(), false, -1, 365);
        X509Certificate caCert = certificate("CN=AMS Test CA,O=Example", ca, "CN=AMS Test CA,O=Example", ca.getPrivate(), true, -1, 3650); //$NON-NLS-1$ //$NON-NLS-2$
        X509Certificate daveCert = certificate(DAVE, d, "CN=AMS Test CA,O=Example", ca.getPrivate(), false, -1, 365); //$NON-NLS-1$
        alice = end(dir, "alice", "alice", a.getPrivate(), List.of(aliceCert), bobCert, carolCert); //$NON-NLS-1$ //$NON-NLS-2$
        aliceWithoutBob = end(dir, "alice-no-bob", "alice", a.getPrivate(), List.of(aliceCert), carolCert); //$NON-NLS-1$ //$NON-NLS-2$
        aliceWithOldBob = end(dir, "alice-old-bob", "alice", a.getPrivate(), List.of(aliceCert), bobOld); //$NON-NLS-1$ //$NON-NLS-2$
        aliceExpired = end(dir, "alice-expired", "alice", a.getPrivate(), List.of(aliceOld), bobCert); //$NON-NLS-1$ //$NON-NLS-2$
        bob = end(dir, "bob", "bob", b.getPrivate(), List.of(bobCert), aliceCert, daveCert); //$NON-NLS-1$ //$NON-NLS-2$
        bobTrustingCa = end(dir, "bob-ca", "bob", b.getPrivate(), List.of(bobCert), caCert); //$NON-NLS-1$ //$NON-NLS-2$
        bobWithOldAlice = end(dir, "bob-old-alice", "bob", b.getPrivate(), List.of(bobCert), aliceOld); //$NON-NLS-1$ //$NON-NLS-2$
        carol = end(dir, "carol", "carol", c.getPrivate(), List.of(carolCert)); //$NON-NLS-1$ //$NON-NLS-2$
        dave = end(dir, "dave", "dave", d.getPrivate(), List.of(daveCert, caCert), bobCert, caCert); //$NON-NLS-1$ //$NON-NLS-2$
        daveWithoutCa = end(dir, "dave-no-ca", "dave", d.getPrivate(), List.of(daveCert, caCert), bobCert); //$NON-NLS-1$ //$NON-NLS-2$
    }

    // ---- IBM's AMS code -------------------------------------------------------------------------------

    private static EseUser user(End end) throws Exception {
        return IbmAms.user(end.keystore(), end.alias(), PASSWORD);
    }

    private static SecurityPolicy ibm(AmsPolicy policy) {
        return IbmAms.policy(policy);
    }

    private static final byte[] PLAIN = "payment 42".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    private static byte[] protect(End putterEnd, AmsPolicy putPolicy) throws Exception {
        return IbmAms.protect(user(putterEnd), putPolicy, PLAIN);
    }

    private static MessageProtection protection() {
        return IbmAms.protection();
    }

    /** What IBM's code does with a message put by one end under its policy and got by the other under its policy. */
    private static Verdict oracle(End putterEnd, AmsPolicy putPolicy, End getterEnd, AmsPolicy getPolicy) throws Exception {
        byte[] plain = PLAIN;
        EseUser getter = user(getterEnd);
        SecurityPolicy get = ibm(getPolicy);
        MessageProtection protection = protection();
        byte[] message;
        try {
            message = protect(putterEnd, putPolicy);
        } catch (MissingCertificateException e) {
            return new Verdict(Outcome.PUT_FAILS, AmsPairCheck.RECIPIENT_MISSING, e.getMessage());
        } catch (Exception e) {
            String text = causes(e);
            String rule = text.contains("CertificateExpiredException") || text.contains("CertificateNotYetValidException") //$NON-NLS-1$ //$NON-NLS-2$
                    ? AmsPairCheck.PUTTER_CERTIFICATE_INVALID
                    : text.contains("No issuer certificate") ? AmsPairCheck.PUTTER_CHAIN_INCOMPLETE : "IBM put: " + text; //$NON-NLS-1$ //$NON-NLS-2$
            return new Verdict(Outcome.PUT_FAILS, rule, text);
        }
        if (!AMBIHeader.verifyHeaderID(message)) {
            return get.getQop() == 0 ? new Verdict(Outcome.ACCEPTED, "", "") //$NON-NLS-1$ //$NON-NLS-2$
                    : get.getTolerateFlag() == 1 ? new Verdict(Outcome.TOLERATED, AmsPairCheck.TOLERATED_CODE, "") //$NON-NLS-1$
                            : new Verdict(Outcome.GET_REFUSED, AmsPairCheck.UNPROTECTED, ""); //$NON-NLS-1$
        }
        AMBIHeader header = new AMBIHeader(Arrays.copyOf(message, message[4] >= 3 ? 112 : 104));
        if (header.getQop() < get.getQop()) {
            return new Verdict(Outcome.GET_REFUSED, AmsPairCheck.PROTECTION_WEAKER, ""); //$NON-NLS-1$
        }
        SmqiObject object = new SmqiObject(null, null);
        object.setSecPolicy(get);
        object.setUser(getter);
        MessageUnprotectInfo info;
        try {
            info = protection.unprotect(Arrays.copyOfRange(message, header.getDataOffset(), message.length), get, header, object, getter);
        } catch (Exception e) {
            return new Verdict(Outcome.GET_REFUSED, ruleOf(e), causes(e));
        }
        if (!get.getSignerDNs().isEmpty() && !info.wasConfidential()) {
            boolean listed = false;
            for (String dn : get.getSignerDNs()) {
                listed |= new X500NameWrapper(info.getSenderDN()).isEqual(new X500NameWrapper(dn));
            }
            if (!listed) {
                return new Verdict(Outcome.GET_REFUSED, AmsPairCheck.SIGNER_NOT_LISTED, info.getSenderDN());
            }
        }
        assertEquals(new String(plain, StandardCharsets.US_ASCII), new String(info.getUnprotectedData(), StandardCharsets.US_ASCII));
        return new Verdict(Outcome.ACCEPTED, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String causes(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null && text.length() < 2000; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(" | "); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return text.toString();
    }

    /** The rule IBM's exception names, by its words. */
    private static String ruleOf(Exception e) {
        String text = causes(e);
        if (text.contains("encryption mismatch")) { //$NON-NLS-1$
            return AmsPairCheck.ENCRYPTION_WEAKER;
        }
        if (text.contains("signature algorithm")) { //$NON-NLS-1$
            return AmsPairCheck.SIGNATURE_WEAKER;
        }
        if (text.contains("not on the message recipient list")) { //$NON-NLS-1$
            return AmsPairCheck.NOT_RECIPIENT;
        }
        if (text.contains("certificate of the sender")) { //$NON-NLS-1$
            return AmsPairCheck.UNTRUSTED_SIGNER;
        }
        if (text.contains("does not match the quality of protection")) { //$NON-NLS-1$
            return AmsPairCheck.NOT_SIGNED;
        }
        if (text.contains("quality of protection received")) { //$NON-NLS-1$
            return AmsPairCheck.GETTER_WITHOUT_POLICY;
        }
        return "IBM: " + text; //$NON-NLS-1$
    }

    // ---- the scenarios --------------------------------------------------------------------------------

    private static AmsPolicy policy(SignatureAlgorithm signature, EncryptionAlgorithm encryption, List<String> signers, boolean tolerate,
            int keyReuse) {
        return new AmsPolicy("PAY.Q", signature, encryption, signers, encryption == EncryptionAlgorithm.NONE ? List.of() : List.of(BOB), //$NON-NLS-1$
                tolerate, keyReuse);
    }

    private static AmsPolicy policy(SignatureAlgorithm signature, EncryptionAlgorithm encryption) {
        return policy(signature, encryption, List.of(), false, 0);
    }

    private record Scenario(String name, End putter, AmsPolicy put, End getter, AmsPolicy get) {
    }

    private static List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        AmsPolicy[] qualities = { policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.NONE), policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.NONE),
                policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256), policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.AES256) };
        for (AmsPolicy put : qualities) {
            for (AmsPolicy get : qualities) {
                scenarios.add(new Scenario(put.protection() + " put, " + get.protection() + " get", alice, put, bob, get)); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        AmsPolicy privacy = qualities[2];
        AmsPolicy integrity = qualities[1];
        scenarios.add(new Scenario("unprotected put, PRIVACY get tolerating", alice, qualities[0], bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of(), true, 0)));
        scenarios.add(new Scenario("unprotected put, INTEGRITY get tolerating", alice, qualities[0], bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.NONE, List.of(), true, 0)));
        scenarios.add(new Scenario("AES128 put, AES256 get", alice, policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES128), bob, privacy)); //$NON-NLS-1$
        scenarios.add(new Scenario("AES256 put, AES128 get", alice, privacy, bob, policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES128))); //$NON-NLS-1$
        scenarios.add(new Scenario("3DES put, AES128 get", alice, policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.TRIPLE_DES), bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES128)));
        scenarios.add(new Scenario("SHA1 put, SHA512 get", alice, policy(SignatureAlgorithm.SHA1, EncryptionAlgorithm.NONE), bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA512, EncryptionAlgorithm.NONE)));
        scenarios.add(new Scenario("SHA512 put, SHA1 get", alice, policy(SignatureAlgorithm.SHA512, EncryptionAlgorithm.NONE), bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA1, EncryptionAlgorithm.NONE)));
        scenarios.add(new Scenario("SHA256 put, SHA384 get (PRIVACY)", alice, privacy, bob, policy(SignatureAlgorithm.SHA384, EncryptionAlgorithm.AES256))); //$NON-NLS-1$
        scenarios.add(new Scenario("CONFIDENTIALITY AES128 put, AES256 get", alice, policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.AES128), bob, //$NON-NLS-1$
                qualities[3]));
        scenarios.add(new Scenario("getter not a recipient", alice, privacy, carol, privacy)); //$NON-NLS-1$
        scenarios.add(new Scenario("getter not a recipient (CONFIDENTIALITY)", alice, qualities[3], carol, qualities[3])); //$NON-NLS-1$
        scenarios.add(new Scenario("putter without the recipient's certificate", aliceWithoutBob, privacy, bob, privacy)); //$NON-NLS-1$
        scenarios.add(new Scenario("putter with the recipient's expired certificate", aliceWithOldBob, privacy, bob, privacy)); //$NON-NLS-1$
        scenarios.add(new Scenario("signer untrusted by the getter", alice, integrity, carol, integrity)); //$NON-NLS-1$
        scenarios.add(new Scenario("signer's certificate expired", aliceExpired, integrity, bobWithOldAlice, integrity)); //$NON-NLS-1$
        scenarios.add(new Scenario("signer chains to a CA the getter trusts", dave, privacy, bobTrustingCa, privacy)); //$NON-NLS-1$
        scenarios.add(new Scenario("putter's CA only in its key entry's chain", daveWithoutCa, privacy, bobTrustingCa, privacy)); //$NON-NLS-1$
        scenarios.add(new Scenario("signer not in the SIGNER list", alice, integrity, bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.NONE, List.of(CAROL), false, 0)));
        scenarios.add(new Scenario("signer in the SIGNER list written with spaces", alice, privacy, bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES256, List.of("CN=alice, O=Example"), false, 0))); //$NON-NLS-1$
        scenarios.add(new Scenario("SIGNER list and CONFIDENTIALITY", alice, qualities[3], bob, //$NON-NLS-1$
                policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.AES256, List.of(CAROL), false, 0)));
        scenarios.add(new Scenario("CONFIDENTIALITY with key reuse", alice, policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.AES256, List.of(), false, 5), //$NON-NLS-1$
                bob, policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.AES256, List.of(), false, 5)));
        return scenarios;
    }

    @Test
    void ourCheckPredictsWhatIbmsAmsCodeDoesInEveryScenario() throws Exception {
        List<Scenario> scenarios = scenarios();
        assertTrue(scenarios.size() >= 30, Integer.toString(scenarios.size()));
        List<String> wrong = new ArrayList<>();
        int refused = 0;
        int replays = 0;
        Date now = new Date();
        for (Scenario scenario : scenarios) {
            Verdict ibm = oracle(scenario.putter(), scenario.put(), scenario.getter(), scenario.get());
            Verdict ours = AmsPairCheck.check(side(scenario.putter(), scenario.put()), side(scenario.getter(), scenario.get()), now);
            if (ibm.outcome() != ours.outcome() || !ibm.code().equals(ours.code())) {
                wrong.add(scenario.name() + ": IBM " + ibm.outcome() + " " + ibm.code() + " " + ibm.reason() + " / ours " + ours.outcome() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        + ours.code());
            }
            if (ibm.outcome() != Outcome.PUT_FAILS && scenario.put().protection() != AmsPolicy.Protection.NONE) {
                // the inspector's replay: the message IBM protected, read without keys, against the getter's side
                byte[] message = protect(scenario.putter(), scenario.put());
                Verdict replayed = AmsPairCheck.get(org.mqsec.crypto.ams.AmsMessageInspector.message(org.mqsec.crypto.ams.AmsMessageInspector
                        .inspect(message)), side(scenario.getter(), scenario.get()), now);
                // with the getter's own key, a PRIVACY message's signature is checked too: IBM's verdict exactly
                Verdict decrypted = AmsPairCheck.get(org.mqsec.crypto.ams.AmsMessageInspector.message(message, key(scenario.getter()),
                        scenario.getter().chain().get(0)), side(scenario.getter(), scenario.get()), now);
                if (ibm.outcome() != decrypted.outcome() || !ibm.code().equals(decrypted.code())) {
                    wrong.add(scenario.name() + " (decrypted by the getter): IBM " + ibm.outcome() + " " + ibm.code() + " / ours " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + decrypted.outcome() + " " + decrypted.code()); //$NON-NLS-1$
                }
                // a PRIVACY message hides its signature: the replay may only say so, where IBM accepted or refused for a signature reason
                boolean hidden = replayed.outcome() == Outcome.UNDETERMINED && scenario.put().protection() == AmsPolicy.Protection.PRIVACY
                        && List.of("", AmsPairCheck.SIGNATURE_WEAKER, AmsPairCheck.UNTRUSTED_SIGNER, AmsPairCheck.SIGNER_NOT_LISTED).contains(ibm.code()); //$NON-NLS-1$
                if (!hidden && (ibm.outcome() != replayed.outcome() || !ibm.code().equals(replayed.code()))) {
                    wrong.add(scenario.name() + " (inspected): IBM " + ibm.outcome() + " " + ibm.code() + " / replayed " + replayed.outcome() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            + " " + replayed.code()); //$NON-NLS-1$
                }
                replays++;
            }
            refused += ibm.outcome() == Outcome.ACCEPTED ? 0 : 1;
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong)); //$NON-NLS-1$
        assertTrue(refused >= 15, "most scenarios make IBM's code refuse: " + refused); //$NON-NLS-1$
        assertTrue(replays >= 25, "the inspector replayed the getter's checks on IBM's messages: " + replays); //$NON-NLS-1$
    }

    /** IBM's getter puts a refused message on SYSTEM.PROTECTION.ERROR.QUEUE behind an MQDLH (ams.md 1.4). */
    private static byte[] onErrorQueue(byte[] message) throws Exception {
        return IbmAms.onErrorQueue(message, "PAY.Q", "QM1"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void theInspectorReadsWhatIbmsCodeProtectedBehindItsDeadLetterHeader() throws Exception {
        AmsPolicy integrity = policy(SignatureAlgorithm.SHA384, EncryptionAlgorithm.NONE);
        org.mqsec.crypto.ams.AmsMessageInspector.Inspection signed = org.mqsec.crypto.ams.AmsMessageInspector
                .inspect(onErrorQueue(protect(alice, integrity)));
        assertEquals(2063, signed.deadLetterReason());
        assertEquals("PAY.Q", signed.destination()); //$NON-NLS-1$
        assertEquals(AmsPolicy.Protection.INTEGRITY, signed.protection());
        assertEquals("PAY.Q", signed.policyName()); //$NON-NLS-1$
        assertEquals("MQSTR", signed.originalFormat()); //$NON-NLS-1$
        assertEquals(PLAIN.length, signed.originalSize());
        assertEquals(PLAIN.length, signed.plaintextLength());
        assertEquals(alice.chain().get(0), signed.signer());
        assertEquals("SHA384", signed.digestAlgorithm().replace("-", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(Math.abs(signed.signingTime().getTime() - System.currentTimeMillis()) < 600_000, signed.signingTime().toString());

        X509Certificate bobCertificate = bob.chain().get(0);
        for (AmsPolicy encrypted : List.of(policy(SignatureAlgorithm.SHA256, EncryptionAlgorithm.AES128),
                policy(SignatureAlgorithm.NONE, EncryptionAlgorithm.AES256, List.of(), false, 10))) {
            org.mqsec.crypto.ams.AmsMessageInspector.Inspection inspection = org.mqsec.crypto.ams.AmsMessageInspector
                    .inspect(onErrorQueue(protect(alice, encrypted)));
            assertEquals(encrypted.protection(), inspection.protection());
            assertEquals(List.of(new AmsPairCheck.Recipient(bobCertificate.getIssuerX500Principal(), bobCertificate.getSerialNumber())),
                    inspection.recipients());
            assertEquals(encrypted.protection() == AmsPolicy.Protection.CONFIDENTIALITY, inspection.keyReuse(), "the key reuse flag"); //$NON-NLS-1$
            assertTrue(inspection.encryptionAlgorithm().contains("AES"), inspection.encryptionAlgorithm()); //$NON-NLS-1$
            assertEquals(null, inspection.signer(), "PRIVACY hides its signer inside the encryption"); //$NON-NLS-1$
        }
        // the payload alone, without the dead-letter header
        assertEquals(AmsPolicy.Protection.INTEGRITY, org.mqsec.crypto.ams.AmsMessageInspector.inspect(protect(alice, integrity)).protection());
        java.io.IOException plain = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> org.mqsec.crypto.ams.AmsMessageInspector.inspect(onErrorQueue(PLAIN)));
        assertTrue(plain.getMessage().contains("not an AMS-protected message"), plain.getMessage()); //$NON-NLS-1$
    }

    private static PrivateKey key(End end) throws Exception {
        KeyStore store = KeyStore.getInstance("JKS"); //$NON-NLS-1$
        try (java.io.InputStream in = Files.newInputStream(end.keystore())) {
            store.load(in, PASSWORD.toCharArray());
        }
        return (PrivateKey) store.getKey(end.alias(), PASSWORD.toCharArray());
    }

    private static Side side(End end, AmsPolicy policy) {
        return new Side(policy, end.chain().get(0), true, end.chain(), end.trusted());
    }
}
