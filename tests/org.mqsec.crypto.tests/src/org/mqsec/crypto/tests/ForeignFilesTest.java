package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.DSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mqsec.crypto.keystore.CertificateDetails;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.testing.KeystoreFixtures;

/**
 * Files nobody here wrote: made by openssl with settings our writer never uses, the RFC 9579 sample,
 * and certificates with structures found in public test suites (DSA parameter inheritance as in
 * PKITS, a CN that is not valid UTF-8). Each is listed with what can be read, or refused naming the
 * real cause; none crashes.
 */
class ForeignFilesTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    private static KeyRepository open(Path file, String... passwords) throws KeyRepositoryException {
        return new FileKeyRepositoryLocation(file).open(new RecordingPasswordSource(passwords), new NullProgressMonitor());
    }

    private static Path openssl(String name, String... args) throws Exception {
        FIXTURES.openssl(args);
        return FIXTURES.file(name);
    }

    @ParameterizedTest
    @CsvSource({ "foreign-empty.p12,", "foreign-empty-legacy.p12,-legacy" })
    void aPkcs12UnderTheEmptyPasswordOpensWithoutAskingAndSaysSo(String name, String legacy) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("pkcs12", "-export", "-in", "server.pem", "-inkey", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "server.key", "-name", "qm1", "-passout", "pass:", "-out", name)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        if (legacy != null) {
            args.add(2, legacy);
        }
        Path file = openssl(name, args.toArray(String[]::new));
        RecordingPasswordSource never = new RecordingPasswordSource();
        KeyRepository repository = new FileKeyRepositoryLocation(file).open(never, new NullProgressMonitor());
        assertEquals(List.of("qm1"), repository.entries().stream().map(KeyRepositoryEntry::alias).toList()); //$NON-NLS-1$
        assertTrue(never.requests.isEmpty(), "no password is asked for: " + never.requests); //$NON-NLS-1$
        assertEquals(List.of(""), never.accepted, "the empty password is what a save keeps"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(repository.warnings().stream().anyMatch(w -> w.contains("empty password")), //$NON-NLS-1$
                repository.warnings().toString());
    }

    @Test
    void aFileWithAPasswordIsStillAskedForIt() throws Exception {
        RecordingPasswordSource passwords = new RecordingPasswordSource(KeystoreFixtures.PASSWORD);
        new FileKeyRepositoryLocation(FIXTURES.file("openssl-default.p12")).open(passwords, new NullProgressMonitor()); //$NON-NLS-1$
        assertEquals(1, passwords.requests.size());
        assertEquals(List.of(KeystoreFixtures.PASSWORD), passwords.accepted);
    }

    /** RFC 9579 appendix A.1: PBMAC1 with PBKDF2-HMAC-SHA-256, password "1234". */
    private static Path rfc9579Sample(String name) throws Exception {
        try (InputStream in = ForeignFilesTest.class.getResourceAsStream("samples/rfc9579-a1.p12.b64")) { //$NON-NLS-1$
            byte[] der = Base64.getMimeDecoder().decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            Path file = FIXTURES.file(name);
            Files.write(file, der);
            return file;
        }
    }

    @Test
    void aPkcs12WithAPbmac1IntegrityCheckOpensAndIsDescribed() throws Exception {
        KeyRepository repository = open(rfc9579Sample("rfc9579-a1.p12"), "1234"); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryEntry entry = repository.entries().get(0);
        assertEquals("tt", entry.subjectCn()); //$NON-NLS-1$
        assertEquals("RSA", entry.keyAlgorithm()); //$NON-NLS-1$
        assertTrue(repository.protection().contains("PBMAC1 (PBKDF2-HmacSHA256, HmacSHA256, 2048 iterations)"), //$NON-NLS-1$
                repository.protection());
    }

    @Test
    void aPbmac1FileToldApartWrongPasswordFromAlteredContent() throws Exception {
        Path file = rfc9579Sample("rfc9579-a1-wrong.p12"); //$NON-NLS-1$
        assertEquals(Problem.WRONG_PASSWORD, FailureAssertions.fails(file, new RecordingPasswordSource("4321")).problem()); //$NON-NLS-1$
        byte[] altered = Files.readAllBytes(file);
        altered[altered.length - 30] ^= 0x01; // inside the 32-byte MAC value, which ends 16 bytes before the end
        Path alteredFile = FIXTURES.file("rfc9579-a1-altered.p12"); //$NON-NLS-1$
        Files.write(alteredFile, altered);
        KeyRepositoryException e = FailureAssertions.fails(alteredFile, new RecordingPasswordSource("1234")); //$NON-NLS-1$
        assertEquals(Problem.CORRUPT, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("integrity check"), e.getMessage()); //$NON-NLS-1$
    }

    @ParameterizedTest
    @CsvSource({
            "foreign-key.der, a private key (PKCS#8), pkcs8 -topk8 -nocrypt -in server.key -outform DER -out foreign-key.der",
            "foreign-key-enc.der, an encrypted private key, pkcs8 -topk8 -in server.key -passout pass:x -outform DER -out foreign-key-enc.der",
            "foreign-rsa.der, an RSA private key (PKCS#1), rsa -in ca.key -traditional -outform DER -out foreign-rsa.der",
            "foreign-ec.der, an EC private key (SEC 1), ec -in server.key -outform DER -out foreign-ec.der",
            "foreign-public.der, a public key, pkey -in server.key -pubout -outform DER -out foreign-public.der" })
    void aLoneKeyIsNotAKeyRepositoryRatherThanDamaged(String name, String kind, String command) throws Exception {
        Path file = openssl(name, command.split(" ")); //$NON-NLS-1$
        KeyRepositoryException e = FailureAssertions.fails(file, new RecordingPasswordSource());
        assertEquals(Problem.UNKNOWN_FORMAT, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(kind) && e.getMessage().contains(name), e.getMessage());
    }

    @Test
    void aCrlIsNotAKeyRepositoryRatherThanDamaged() throws Exception {
        Path db = Files.createDirectories(FIXTURES.file("foreign-crl-db")); //$NON-NLS-1$
        Files.writeString(db.resolve("index.txt"), ""); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(db.resolve("crlnumber"), "01\n"); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(FIXTURES.file("foreign-crl.cnf"), String.join("\n", "[ca]", "default_ca=d", "[d]", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "database=foreign-crl-db/index.txt", "crlnumber=foreign-crl-db/crlnumber", "default_md=sha256", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "default_crl_days=30", "")); //$NON-NLS-1$ //$NON-NLS-2$
        FIXTURES.openssl("ca", "-config", "foreign-crl.cnf", "-gencrl", "-keyfile", "ca.key", "-cert", "ca.pem", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "-out", "foreign-crl.pem"); //$NON-NLS-1$ //$NON-NLS-2$
        Path crl = openssl("foreign-crl.der", "crl", "-in", "foreign-crl.pem", "-outform", "DER", "-out", "foreign-crl.der"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        KeyRepositoryException e = FailureAssertions.fails(crl, new RecordingPasswordSource());
        assertEquals(Problem.UNKNOWN_FORMAT, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains("revocation list"), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    void aCertificateWithExplicitCurveParametersIsListedFromPemAndDer() throws Exception {
        FIXTURES.openssl("ecparam", "-name", "prime256v1", "-genkey", "-noout", "-param_enc", "explicit", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-out", "foreign-explicit.key"); //$NON-NLS-1$ //$NON-NLS-2$
        Path pem = openssl("foreign-explicit.pem", "req", "-x509", "-key", "foreign-explicit.key", "-days", "30", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "-subj", "/CN=explicit curve/O=Foreign", "-out", "foreign-explicit.pem"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        Path der = openssl("foreign-explicit.der", "x509", "-in", "foreign-explicit.pem", "-outform", "DER", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-out", "foreign-explicit.der"); //$NON-NLS-1$ //$NON-NLS-2$
        for (Path file : List.of(pem, der)) {
            KeyRepositoryEntry entry = open(file).entries().get(0);
            assertEquals("explicit curve", entry.subjectCn(), file.toString()); //$NON-NLS-1$
            assertEquals("EC", entry.keyAlgorithm()); //$NON-NLS-1$
            assertEquals(256, entry.keySize());
        }
    }

    @Test
    void aDsaCertificateThatInheritsItsParametersIsListedAndDescribed() throws Exception {
        KeyPairGenerator dsa = KeyPairGenerator.getInstance("DSA"); //$NON-NLS-1$
        dsa.initialize(2048);
        KeyPair ca = dsa.generateKeyPair();
        KeyPair leaf = dsa.generateKeyPair();
        X500Name caName = new X500Name("CN=DSA Parameters CA,O=Foreign"); //$NON-NLS-1$
        X509CertificateHolder caCert = certificate(caName, caName, SubjectPublicKeyInfo.getInstance(ca.getPublic().getEncoded()),
                ca.getPrivate(), "SHA256withDSA"); //$NON-NLS-1$
        // RFC 5280 6.1.4 (k): the leaf's key carries y alone; p, q and g come from the CA's key
        SubjectPublicKeyInfo inherited = new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_dsa),
                new ASN1Integer(((DSAPublicKey) leaf.getPublic()).getY()));
        X509CertificateHolder leafCert = certificate(new X500Name("CN=DSA Inherited Leaf,O=Foreign"), caName, inherited, //$NON-NLS-1$
                ca.getPrivate(), "SHA256withDSA"); //$NON-NLS-1$
        Path file = FIXTURES.file("foreign-dsa-inherited.pem"); //$NON-NLS-1$
        Files.writeString(file, pem(leafCert) + pem(caCert));
        String verify = FIXTURES.openssl("x509", "-in", file.getFileName().toString(), "-noout", "-subject"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(verify.contains("DSA Inherited Leaf"), "openssl reads the fixture: " + verify); //$NON-NLS-1$ //$NON-NLS-2$

        KeyRepository repository = open(file);
        KeyRepositoryEntry entry = repository.entries().stream().filter(e -> "DSA Inherited Leaf".equals(e.subjectCn())) //$NON-NLS-1$
                .findFirst().orElseThrow();
        assertEquals("DSA", entry.keyAlgorithm()); //$NON-NLS-1$
        assertEquals(0, entry.keySize(), "the size is the issuer's, not in this certificate"); //$NON-NLS-1$
        String key = CertificateDetails.of(entry.certificate().orElseThrow()).publicKey();
        assertTrue(key.contains("parameters from the issuer"), key); //$NON-NLS-1$
    }

    @Test
    void aCommonNameThatIsNotValidUtf8IsShownAsItsEncoding() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
        ec.initialize(new ECGenParameterSpec("secp256r1")); //$NON-NLS-1$
        KeyPair pair = ec.generateKeyPair();
        // a UTF8String holding 'a', 0xFF (never valid in UTF-8) and 'b', as broken encoders write it
        ASN1Primitive badUtf8 = ASN1Primitive.fromByteArray(new byte[] { 0x0c, 0x03, 'a', (byte) 0xff, 'b' });
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, badUtf8).addRDN(BCStyle.O, "Foreign") //$NON-NLS-1$
                .build();
        X509CertificateHolder cert = certificate(name, name, SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded()),
                pair.getPrivate(), "SHA256withECDSA"); //$NON-NLS-1$
        Path file = FIXTURES.file("foreign-bad-utf8.pem"); //$NON-NLS-1$
        Files.writeString(file, pem(cert));
        KeyRepositoryEntry entry = open(file).entries().get(0);
        assertEquals("#0c0361ff62", entry.subjectCn(), "RFC 4514's form for a value that cannot be shown"); //$NON-NLS-1$ //$NON-NLS-2$
        CertificateDetails details = CertificateDetails.of(entry.certificate().orElseThrow());
        assertTrue(details.subject().contains("O=Foreign"), details.subject()); //$NON-NLS-1$
    }

    private static X509CertificateHolder certificate(X500Name subject, X500Name issuer, SubjectPublicKeyInfo key,
            PrivateKey signer, String algorithm) throws Exception {
        Date now = new Date();
        return new X509v3CertificateBuilder(issuer, BigInteger.valueOf(now.getTime()), new Date(now.getTime() - 60_000),
                new Date(now.getTime() + 86_400_000L), subject, key)
                .build(new JcaContentSignerBuilder(algorithm).build(signer));
    }

    private static String pem(X509CertificateHolder cert) throws Exception {
        java.io.StringWriter text = new java.io.StringWriter();
        try (org.bouncycastle.openssl.jcajce.JcaPEMWriter writer = new org.bouncycastle.openssl.jcajce.JcaPEMWriter(text)) {
            writer.writeObject(cert);
        }
        return text.toString();
    }
}
