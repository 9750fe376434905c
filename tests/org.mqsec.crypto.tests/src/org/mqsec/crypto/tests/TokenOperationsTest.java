package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenEntry;
import org.mqsec.crypto.pkcs11.TokenObject.Flag;
import org.mqsec.crypto.pkcs11.TokenOperations;
import org.mqsec.crypto.pkcs11.TokenSelector;
import org.mqsec.testing.SoftHsm;

/**
 * Keys generated, requests and certificates signed, certificates written and objects deleted on a
 * SoftHSM2 token, each checked by pkcs11-tool and openssl rather than by our own reading alone.
 */
class TokenOperationsTest {

    private static final TokenOperations.Target WORK = new TokenOperations.Target(SoftHsm.LIBRARY, TokenSelector.label(SoftHsm.WORK_TOKEN));
    private static SoftHsm hsm;
    private static final SecureRandom RANDOM = new SecureRandom();

    @BeforeAll
    static void token() throws Exception {
        Assumptions.assumeTrue(SoftHsm.available(), "SoftHSM2 is not installed"); //$NON-NLS-1$
        hsm = SoftHsm.get();
    }

    private static char[] pin() {
        return SoftHsm.PIN.toCharArray();
    }

    private static TokenEntry entry(String label) throws KeyRepositoryException {
        return TokenBrowser.read(SoftHsm.LIBRARY, TokenSelector.label(SoftHsm.WORK_TOKEN), pin(), new NullProgressMonitor()).entries().stream()
                .filter(e -> e.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
    }

    private static Path file(String name) {
        return hsm.dir().resolve(name);
    }

    @Test
    void anEcKeyPairIsMadeOnTheTokenItsRequestVerifiesWithOpensslAndTheCasReplyJoinsIt() throws Exception {
        TokenEntry generated = TokenOperations.generateKeyPair(WORK, pin(), "qm1-ec", KeyAlgorithm.EC_P256, RANDOM); //$NON-NLS-1$
        assertEquals(TokenEntry.Kind.KEY_WITHOUT_CERTIFICATE, generated.kind());
        assertTrue(generated.privateKey().has(Flag.SENSITIVE) && !generated.privateKey().has(Flag.EXTRACTABLE)
                && generated.privateKey().has(Flag.LOCAL), generated.privateKey().flags().toString());
        assertEquals(generated.privateKey().id(), generated.publicKey().id());
        // pkcs11-tool sees both halves with the label and id, the private one never extractable
        String listing = hsm.toolOn(SoftHsm.WORK_TOKEN, "--list-objects"); //$NON-NLS-1$
        assertTrue(listing.contains("label:      qm1-ec") && listing.contains("ID:         " + generated.id()) //$NON-NLS-1$ //$NON-NLS-2$
                && listing.contains("never extractable"), listing); //$NON-NLS-1$

        PKCS10CertificationRequest request = TokenOperations.request(WORK, pin(), "qm1-ec", //$NON-NLS-1$
                DistinguishedName.parse("CN=qm1,O=Example").name(), List.of("DNS:mq1.example.com"), SignatureHash.SHA256); //$NON-NLS-1$ //$NON-NLS-2$
        Path csr = file("qm1-ec.csr"); //$NON-NLS-1$
        Files.writeString(csr, CertificateRequests.pem(request));
        String verified = hsm.run("openssl", "req", "-in", csr.toString(), "-verify", "-noout", "-subject"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(verified.contains("verify OK") || verified.contains("Certificate request self-signature verify OK"), verified); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(verified.contains("CN = qm1"), verified); //$NON-NLS-1$

        // a CA (in software here) answers the request; the reply and the CA certificate go to the token
        KeyPair caKeys = KeyAlgorithm.EC_P256.generate(RANDOM);
        CertificateIssuer issuer = new CertificateIssuer(RANDOM);
        X509Certificate ca = issuer.selfSigned(caKeys, CertificateTemplate.typed(DistinguishedName.parse("CN=Token Test CA,O=Example"), //$NON-NLS-1$
                List.of(), CertificateProfile.CA, 365, SignatureHash.SHA256));
        X509Certificate reply = issuer.issue(new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(request).getPublicKey(),
                CertificateTemplate.typed(DistinguishedName.parse("CN=qm1,O=Example"), List.of(), CertificateProfile.TLS_SERVER, 90, //$NON-NLS-1$
                        SignatureHash.SHA256), ca, caKeys.getPrivate());
        assertEquals(List.of("qm1-ec", "Token Test CA"), TokenOperations.writeCertificates(WORK, pin(), List.of(reply, ca))); //$NON-NLS-1$ //$NON-NLS-2$
        TokenEntry joined = entry("qm1-ec"); //$NON-NLS-1$
        assertEquals(TokenEntry.Kind.KEY_AND_CERTIFICATE, joined.kind());
        assertEquals(reply, joined.certificate().certificate());
        assertEquals(TokenEntry.Kind.CERTIFICATE_ONLY, entry("Token Test CA").kind()); //$NON-NLS-1$
        // the certificate pkcs11-tool reads back verifies against the CA with openssl
        Path fromToken = file("qm1-ec-from-token.der"); //$NON-NLS-1$
        hsm.toolOn(SoftHsm.WORK_TOKEN, "--read-object", "--type", "cert", "--label", "qm1-ec", "--output-file", fromToken.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        Path caPem = file("token-test-ca.pem"); //$NON-NLS-1$
        CertificateExport.writeText(caPem, CertificateExport.pemChain(List.of(ca)));
        String chain = hsm.run("openssl", "verify", "-CAfile", caPem.toString(), fromToken.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(chain.contains(": OK"), chain); //$NON-NLS-1$

        assertEquals(3, TokenOperations.delete(WORK, pin(), "qm1-ec")); //$NON-NLS-1$
        assertFalse(hsm.toolOn(SoftHsm.WORK_TOKEN, "--list-objects").contains("qm1-ec"), "the key, its public key and certificate are gone"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        TokenOperations.delete(WORK, pin(), "Token Test CA"); //$NON-NLS-1$
    }

    @Test
    void anRsaKeySignsItsOwnCertificateOnTheTokenAndALabelIsNotTakenTwice() throws Exception {
        TokenOperations.generateKeyPair(WORK, pin(), "qm1-rsa", KeyAlgorithm.RSA_3072, RANDOM); //$NON-NLS-1$
        KeyRepositoryException taken = assertThrows(KeyRepositoryException.class,
                () -> TokenOperations.generateKeyPair(WORK, pin(), "qm1-rsa", KeyAlgorithm.EC_P384, RANDOM)); //$NON-NLS-1$
        assertEquals(Problem.REFUSED, taken.problem());
        X509Certificate certificate = TokenOperations.selfSign(WORK, pin(), "qm1-rsa", CertificateTemplate.typed( //$NON-NLS-1$
                DistinguishedName.parse("CN=qm1 rsa,O=Example"), List.of(), CertificateProfile.TLS_SERVER, 30, SignatureHash.SHA256), RANDOM); //$NON-NLS-1$
        TokenEntry entry = entry("qm1-rsa"); //$NON-NLS-1$
        assertEquals(TokenEntry.Kind.KEY_AND_CERTIFICATE, entry.kind());
        assertEquals(3072, entry.privateKey().keySize());
        assertTrue(entry.visibleToJavaKeyStore());
        Path pem = file("qm1-rsa.pem"); //$NON-NLS-1$
        CertificateExport.writeText(pem, CertificateExport.pemChain(List.of(certificate)));
        String verified = hsm.run("openssl", "verify", "-CAfile", pem.toString(), pem.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(verified.contains(": OK"), "the signature made on the token verifies: " + verified); //$NON-NLS-1$ //$NON-NLS-2$
        TokenOperations.delete(WORK, pin(), "qm1-rsa"); //$NON-NLS-1$
    }

    @Test
    void aLargeTokenIsReadBySeveralSessionsAndNothingIsLostOrTwice() throws Exception {
        KeyPair key = KeyAlgorithm.EC_P256.generate(RANDOM);
        CertificateIssuer issuer = new CertificateIssuer(RANDOM);
        List<X509Certificate> many = new java.util.ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(issuer.selfSigned(key, CertificateTemplate.typed(DistinguishedName.parse("CN=bulk " + i + ",O=Example"), List.of(), //$NON-NLS-1$ //$NON-NLS-2$
                    CertificateProfile.TLS_SERVER, 30, SignatureHash.SHA256)));
        }
        assertEquals(450, TokenOperations.writeCertificates(WORK, pin(), many).size());
        try {
            List<String> labels = TokenBrowser.read(SoftHsm.LIBRARY, TokenSelector.label(SoftHsm.WORK_TOKEN), pin(), new NullProgressMonitor())
                    .objects().stream().map(o -> o.label()).filter(l -> l.startsWith("bulk ")).sorted().toList(); //$NON-NLS-1$
            assertEquals(many.stream().map(c -> c.getSubjectX500Principal().getName().replaceFirst("^CN=(bulk \\d+),.*", "$1")).sorted().toList(), //$NON-NLS-1$ //$NON-NLS-2$
                    labels);
            String listing = hsm.toolOn(SoftHsm.WORK_TOKEN, "--list-objects", "--type", "cert"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            assertEquals(450, listing.split("label:\\s+bulk ", -1).length - 1, "pkcs11-tool counts them too"); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            for (int i = 0; i < 450; i++) {
                TokenOperations.delete(WORK, pin(), "bulk " + i); //$NON-NLS-1$
            }
        }
    }

    @Test
    void theUserPinIsChangedAndTheOldOneNoLongerWorks() throws Exception {
        char[] newPin = "654321".toCharArray(); //$NON-NLS-1$
        TokenOperations.changePin(WORK, pin(), newPin);
        try {
            KeyRepositoryException old = assertThrows(KeyRepositoryException.class,
                    () -> TokenBrowser.read(SoftHsm.LIBRARY, TokenSelector.label(SoftHsm.WORK_TOKEN), pin(), new NullProgressMonitor()));
            assertEquals(Problem.WRONG_PASSWORD, old.problem());
            hsm.run("pkcs11-tool", "--module", SoftHsm.LIBRARY, "--token-label", SoftHsm.WORK_TOKEN, "--login", "--pin", "654321", "--list-objects"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        } finally {
            TokenOperations.changePin(WORK, "654321".toCharArray(), pin()); //$NON-NLS-1$
        }
    }
}
