package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mqsec.core.dn.DistinguishedName;
import org.mqsec.crypto.certificates.CaReplies;
import org.mqsec.crypto.certificates.CertificateIssuer;
import org.mqsec.crypto.certificates.CertificateProfile;
import org.mqsec.crypto.certificates.CertificateRequests;
import org.mqsec.crypto.certificates.CertificateTemplate;
import org.mqsec.crypto.certificates.KeyAlgorithm;
import org.mqsec.crypto.certificates.SignatureHash;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.EntryKind;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;
import org.mqsec.crypto.keystore.StashFile;
import org.mqsec.testing.KeystoreFixtures;

/** Making keys and certificates and writing repositories, each result read by openssl and keytool. */
class KeyRepositoryChangesTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();
    private static final char[] PASSWORD = KeystoreFixtures.PASSWORD.toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final CertificateIssuer ISSUER = new CertificateIssuer(RANDOM);

    private static CertificateTemplate template(String dn, CertificateProfile profile, int days, String... san) {
        return CertificateTemplate.typed(DistinguishedName.parse(dn), List.of(san), profile, days, SignatureHash.SHA256);
    }

    private static KeyEntry localCa(String alias) throws Exception {
        KeyPair pair = KeyAlgorithm.EC_P384.generate(RANDOM);
        X509Certificate ca = ISSUER.selfSigned(pair, CertificateTemplate.typed(DistinguishedName.parse(
                "CN=MQ CA,OU=Security,O=Example Ltd,C=GB"), List.of(), CertificateProfile.CA, 3650, SignatureHash.SHA384)); //$NON-NLS-1$
        return new KeyEntry(alias, pair.getPrivate(), List.of(ca));
    }

    private static String pem(List<X509Certificate> certificates) {
        return CertificateExport.pemChain(certificates);
    }

    @Test
    void localCaIssuesAServerCertificateThatOpensslVerifies() throws Exception {
        Path dir = FIXTURES.scratch("local-ca"); //$NON-NLS-1$
        KeyEntry ca = localCa("mq ca"); //$NON-NLS-1$
        KeyPair pair = KeyAlgorithm.RSA_3072.generate(RANDOM);
        X509Certificate server = ISSUER.issue(pair.getPublic(), template("CN=QM1,OU=MQ,O=Example Ltd,C=GB", //$NON-NLS-1$
                CertificateProfile.TLS_SERVER_AND_CLIENT, 365, "DNS:qm1.example.com", "IP:192.0.2.10"), //$NON-NLS-1$ //$NON-NLS-2$
                ca.chain().get(0), ca.key());
        Files.writeString(dir.resolve("ca.pem"), pem(ca.chain())); //$NON-NLS-1$
        Files.writeString(dir.resolve("qm1.pem"), pem(List.of(server))); //$NON-NLS-1$
        String verify = KeystoreFixtures.run(dir, List.of("openssl", "verify", "-CAfile", "ca.pem", "-purpose", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "sslserver", "qm1.pem")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(verify.contains("qm1.pem: OK"), verify); //$NON-NLS-1$
        String text = KeystoreFixtures.run(dir, List.of("openssl", "x509", "-in", "qm1.pem", "-noout", "-subject", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-ext", "subjectAltName,extendedKeyUsage,keyUsage")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(text.contains("C = GB, O = Example Ltd, OU = MQ, CN = QM1"), "X.509 order is C first: " + text); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(text.contains("DNS:qm1.example.com, IP Address:192.0.2.10"), text); //$NON-NLS-1$
        assertTrue(text.contains("TLS Web Server Authentication, TLS Web Client Authentication"), text); //$NON-NLS-1$
        assertTrue(text.contains("Key Encipherment"), "RSA keys need key encipherment: " + text); //$NON-NLS-1$ //$NON-NLS-2$
        String caText = KeystoreFixtures.run(dir, List.of("openssl", "x509", "-in", "ca.pem", "-noout", "-ext", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "basicConstraints,keyUsage")); //$NON-NLS-1$
        assertTrue(caText.contains("CA:TRUE") && caText.contains("Certificate Sign, CRL Sign"), caText); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void ourRequestIsSignedByOpensslAndReceivedBackIntoTheKeyEntry() throws Exception {
        Path dir = FIXTURES.scratch("csr-roundtrip"); //$NON-NLS-1$
        KeyPair pair = KeyAlgorithm.EC_P256.generate(RANDOM);
        X509Certificate selfSigned = ISSUER.selfSigned(pair, template("CN=app1,O=Example Ltd,C=GB", //$NON-NLS-1$
                CertificateProfile.TLS_CLIENT, 365));
        EditableKeyRepository repository = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
        repository.add(new KeyEntry("app1", pair.getPrivate(), List.of(selfSigned))); //$NON-NLS-1$
        PKCS10CertificationRequest csr = CertificateRequests.create(pair, DistinguishedName.parse(
                "CN=app1,O=Example Ltd,C=GB").name(), List.of("DNS:app1.example.com"), SignatureHash.SHA256); //$NON-NLS-1$ //$NON-NLS-2$
        Files.writeString(dir.resolve("app1.csr"), CertificateRequests.pem(csr)); //$NON-NLS-1$
        String verified = KeystoreFixtures.run(dir, List.of("openssl", "req", "-in", "app1.csr", "-verify", "-noout")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(verified.contains("verify OK") || verified.contains("Certificate request self-signature verify OK"), verified); //$NON-NLS-1$ //$NON-NLS-2$
        KeystoreFixtures.run(dir, List.of("openssl", "x509", "-req", "-in", "app1.csr", "-CA", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                FIXTURES.file("ca.pem").toString(), "-CAkey", FIXTURES.file("ca.key").toString(), "-CAcreateserial", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "-days", "30", "-sha256", "-out", "app1-signed.pem")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

        List<X509Certificate> reply = new FileKeyRepositoryLocation(dir.resolve("app1-signed.pem")) //$NON-NLS-1$
                .open(new RecordingPasswordSource(), new NullProgressMonitor()).certificates();
        CaReplies.Received incomplete = CaReplies.receive(repository, reply);
        assertEquals("app1", incomplete.alias()); //$NON-NLS-1$
        assertFalse(incomplete.chainComplete(), "the CA is not in the reply or the repository yet"); //$NON-NLS-1$

        X509Certificate testCa = KeyRepositoryFormatsTest.open("ca.crt").entries().get(0).certificate().orElseThrow(); //$NON-NLS-1$
        repository.add(new CertificateEntry("mq test ca", testCa)); //$NON-NLS-1$
        CaReplies.Received complete = CaReplies.receive(repository, reply);
        assertTrue(complete.chainComplete());
        assertEquals(2, complete.chain().size());
        assertEquals(testCa, complete.chain().get(1));

        Path file = dir.resolve("app1.p12"); //$NON-NLS-1$
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, PASSWORD);
        String listing = FIXTURES.keytool("-list", "-v", "-keystore", file.toString(), "-storepass", KeystoreFixtures.PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertTrue(listing.contains("Certificate chain length: 2"), listing); //$NON-NLS-1$
        assertTrue(listing.contains("Alias name: mq test ca") && listing.contains("Entry type: trustedCertEntry"), listing); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void opensslRequestIsSignedByOurCaWithItsRequestedNames() throws Exception {
        Path dir = FIXTURES.scratch("sign-openssl-csr"); //$NON-NLS-1$
        KeyEntry ca = localCa("ca"); //$NON-NLS-1$
        KeystoreFixtures.run(dir, List.of("openssl", "req", "-new", "-newkey", "rsa:3072", "-nodes", "-keyout", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
                "chinit.key", "-out", "chinit.csr", "-subj", "/C=GB/O=Example Ltd/CN=CSQ1 CHINIT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "-addext", "subjectAltName=DNS:zos1.example.com")); //$NON-NLS-1$ //$NON-NLS-2$
        PKCS10CertificationRequest csr = CertificateRequests.read(dir.resolve("chinit.csr")); //$NON-NLS-1$
        X509Certificate issued = CertificateRequests.sign(csr, CertificateProfile.TLS_SERVER_AND_CLIENT, 365,
                SignatureHash.SHA256, List.of(), ca.chain().get(0), ca.key(), ISSUER);
        Files.writeString(dir.resolve("ca.pem"), pem(ca.chain())); //$NON-NLS-1$
        Files.writeString(dir.resolve("chinit.pem"), pem(List.of(issued))); //$NON-NLS-1$
        assertTrue(KeystoreFixtures.run(dir, List.of("openssl", "verify", "-CAfile", "ca.pem", "chinit.pem")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .contains("chinit.pem: OK")); //$NON-NLS-1$
        assertEquals("CN=CSQ1 CHINIT,O=Example Ltd,C=GB", issued.getSubjectX500Principal().getName()); //$NON-NLS-1$
        assertTrue(issued.getSubjectAlternativeNames().toString().contains("zos1.example.com")); //$NON-NLS-1$

        // a request whose signature was altered is refused
        byte[] der = csr.getEncoded();
        der[der.length - 5] ^= 0x01;
        Files.write(dir.resolve("tampered.csr"), der); //$NON-NLS-1$
        PKCS10CertificationRequest tampered = CertificateRequests.read(dir.resolve("tampered.csr")); //$NON-NLS-1$
        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class, () -> CertificateRequests.sign(
                tampered, CertificateProfile.TLS_CLIENT, 30, SignatureHash.SHA256, List.of(), ca.chain().get(0), ca.key(),
                ISSUER));
        assertTrue(refused.getMessage().contains("signature does not verify"), refused.getMessage()); //$NON-NLS-1$
    }

    @Test
    void issuingRefusesWhatACaMustNotSign() throws Exception {
        KeyEntry ca = localCa("ca"); //$NON-NLS-1$
        KeyPair pair = KeyAlgorithm.EC_P256.generate(RANDOM);
        KeyRepositoryException outlives = assertThrows(KeyRepositoryException.class, () -> ISSUER.issue(pair.getPublic(),
                template("CN=QM1,O=X,C=GB", CertificateProfile.TLS_SERVER, 4000), ca.chain().get(0), ca.key())); //$NON-NLS-1$
        assertTrue(outlives.getMessage().contains("outlive"), outlives.getMessage()); //$NON-NLS-1$
        X509Certificate leaf = ISSUER.selfSigned(pair, template("CN=leaf,O=X,C=GB", CertificateProfile.TLS_SERVER, 30)); //$NON-NLS-1$
        KeyRepositoryException notCa = assertThrows(KeyRepositoryException.class, () -> ISSUER.issue(pair.getPublic(),
                template("CN=QM2,O=X,C=GB", CertificateProfile.TLS_SERVER, 10), leaf, pair.getPrivate())); //$NON-NLS-1$
        assertTrue(notCa.getMessage().contains("not a CA"), notCa.getMessage()); //$NON-NLS-1$
        KeyRepositoryException badDn = assertThrows(KeyRepositoryException.class, () -> ISSUER.selfSigned(pair,
                template("EMAIL=x@example.com,cn=QM1", CertificateProfile.TLS_SERVER, 30))); //$NON-NLS-1$
        assertTrue(badDn.getMessage().contains("EMAIL") && badDn.getMessage().contains("upper case"), badDn.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryException badSan = assertThrows(KeyRepositoryException.class, () -> ISSUER.selfSigned(pair,
                template("CN=QM1,O=X,C=GB", CertificateProfile.TLS_SERVER, 30, "IP:qm1.example.com"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(badSan.getMessage().contains("IP:qm1.example.com"), badSan.getMessage()); //$NON-NLS-1$
    }

    @Test
    void anExpiredCaIsRefused() throws Exception {
        KeyPair caKeys = KeyAlgorithm.EC_P256.generate(RANDOM);
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("C=GB,O=Example Ltd,CN=Old CA"); //$NON-NLS-1$
        java.time.Instant past = java.time.Instant.now().minus(java.time.Duration.ofDays(400));
        var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.ONE,
                java.util.Date.from(past), java.util.Date.from(past.plus(java.time.Duration.ofDays(30))), name,
                caKeys.getPublic());
        builder.addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true,
                new org.bouncycastle.asn1.x509.BasicConstraints(true));
        builder.addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true, new org.bouncycastle.asn1.x509.KeyUsage(
                org.bouncycastle.asn1.x509.KeyUsage.keyCertSign | org.bouncycastle.asn1.x509.KeyUsage.cRLSign));
        X509Certificate expired = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(builder
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").build(caKeys.getPrivate()))); //$NON-NLS-1$
        KeyPair pair = KeyAlgorithm.EC_P256.generate(RANDOM);
        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class, () -> ISSUER.issue(pair.getPublic(),
                template("CN=QM1,O=Example Ltd,C=GB", CertificateProfile.TLS_SERVER, 30), expired, caKeys.getPrivate())); //$NON-NLS-1$
        assertTrue(refused.getMessage().contains("is not valid now"), refused.getMessage()); //$NON-NLS-1$
        assertFalse(refused.advice().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Pkcs12Profile.class)
    void pkcs12ProfilesAreReadByOpensslKeytoolAndUs(Pkcs12Profile profile) throws Exception {
        Path dir = FIXTURES.scratch("profile-" + profile.id()); //$NON-NLS-1$
        EditableKeyRepository repository = sampleRepository();
        Path file = dir.resolve("key.p12"); //$NON-NLS-1$
        Files.deleteIfExists(file);
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.PKCS12, profile, PASSWORD);

        String info = KeystoreFixtures.run(dir, List.of("openssl", "pkcs12", "-in", "key.p12", "-info", "-nodes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "-passin", "pass:" + KeystoreFixtures.PASSWORD)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(info.contains("BEGIN PRIVATE KEY"), info); //$NON-NLS-1$
        assertTrue(info.contains(profile == Pkcs12Profile.MODERN ? "MAC: sha256" : "MAC: sha1"), info); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(info.contains(profile == Pkcs12Profile.MODERN ? "AES-256-CBC" : "pbeWithSHA1And3-KeyTripleDES-CBC"), info); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(java.util.Map.of("ibmwebspheremqqm1", EntryKind.PERSONAL, "mq ca", EntryKind.TRUSTED_CERTIFICATE), //$NON-NLS-1$ //$NON-NLS-2$
                KeyRepositoryFormatsTest.keytoolEntries(file.toString()));
        KeyRepository read = new FileKeyRepositoryLocation(file).open(new RecordingPasswordSource(KeystoreFixtures.PASSWORD),
                new NullProgressMonitor());
        assertEquals(profile == Pkcs12Profile.COMPATIBLE, !read.warnings().isEmpty(), read.warnings().toString());

        // and read back with its keys, it writes the same entries again
        EditableKeyRepository again = EditableKeyRepository.open(new FileKeyRepositoryLocation(file),
                new RecordingPasswordSource(KeystoreFixtures.PASSWORD), new NullProgressMonitor());
        KeyEntry key = (KeyEntry) again.require("ibmwebspheremqqm1"); //$NON-NLS-1$
        assertArrayEquals(((KeyEntry) repository.require("ibmwebspheremqqm1")).key().getEncoded(), key.key().getEncoded()); //$NON-NLS-1$
        assertEquals(2, key.chain().size());
    }

    @Test
    void javaKeystoresAndPemBundlesAreReadByTheirTools() throws Exception {
        Path dir = FIXTURES.scratch("other-formats"); //$NON-NLS-1$
        EditableKeyRepository repository = sampleRepository();
        for (KeyRepositoryFormat format : List.of(KeyRepositoryFormat.JKS, KeyRepositoryFormat.JCEKS)) {
            Path file = dir.resolve("key." + format.id()); //$NON-NLS-1$
            Files.deleteIfExists(file);
            KeyRepositoryWriter.save(repository, file, format, Pkcs12Profile.MODERN, PASSWORD);
            assertEquals(java.util.Map.of("ibmwebspheremqqm1", EntryKind.PERSONAL, "mq ca", EntryKind.TRUSTED_CERTIFICATE), //$NON-NLS-1$ //$NON-NLS-2$
                    KeyRepositoryFormatsTest.keytoolEntries(file.toString()), format.toString());
        }
        Path pem = dir.resolve("key.pem"); //$NON-NLS-1$
        Files.deleteIfExists(pem);
        KeyRepositoryWriter.save(repository, pem, KeyRepositoryFormat.PEM, Pkcs12Profile.MODERN, PASSWORD);
        String key = KeystoreFixtures.run(dir, List.of("openssl", "pkey", "-in", "key.pem", "-passin", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "pass:" + KeystoreFixtures.PASSWORD, "-noout", "-text")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(key.contains("Private-Key: (3072 bit"), key); //$NON-NLS-1$
        assertTrue(Files.readString(pem).contains("BEGIN ENCRYPTED PRIVATE KEY"), "PEM keys are written encrypted"); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepository read = new FileKeyRepositoryLocation(pem).open(new RecordingPasswordSource(KeystoreFixtures.PASSWORD),
                new NullProgressMonitor());
        // the CA certificate is written once, as the key's chain, so it lists as part of that entry
        assertEquals(List.of(EntryKind.PERSONAL), read.entries().stream().map(e -> e.kind()).toList());
        assertEquals(2, read.chain(read.entries().get(0)).size());
    }

    @Test
    void savingKeepsTheOldFileAsBackupAndRefusalsWriteNothing() throws Exception {
        Path dir = FIXTURES.scratch("backup"); //$NON-NLS-1$
        Path file = dir.resolve("key.p12"); //$NON-NLS-1$
        Files.deleteIfExists(file);
        EditableKeyRepository repository = sampleRepository();
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, PASSWORD);
        byte[] first = Files.readAllBytes(file);
        repository.remove("mq ca"); //$NON-NLS-1$
        KeyRepositoryWriter.save(repository, file, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, PASSWORD);
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("key.p12.bak"))); //$NON-NLS-1$
        byte[] second = Files.readAllBytes(file);

        repository.add(new EditableKeyRepository.SecretEntry("aes", new javax.crypto.spec.SecretKeySpec(new byte[32], "AES"))); //$NON-NLS-1$ //$NON-NLS-2$
        KeyRepositoryException refused = assertThrows(KeyRepositoryException.class, () -> KeyRepositoryWriter.save(
                repository, file, KeyRepositoryFormat.PKCS12, Pkcs12Profile.MODERN, PASSWORD));
        assertEquals(KeyRepositoryException.Problem.REFUSED, refused.problem());
        assertArrayEquals(second, Files.readAllBytes(file), "a refused save leaves the file as it was"); //$NON-NLS-1$
        assertThrows(KeyRepositoryException.class, () -> repository.add(new CertificateEntry("AES", //$NON-NLS-1$
                ((KeyEntry) repository.require("ibmwebspheremqqm1")).chain().get(0)))); //$NON-NLS-1$
        repository.rename("aes", "Secret"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Secret", repository.require("secret").alias()); //$NON-NLS-1$ //$NON-NLS-2$
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp"))); //$NON-NLS-1$
        }
    }

    @Test
    void stashFileHoldsThePasswordTheWayGskitToolsReadIt() throws Exception {
        Path stash = StashFile.besides(FIXTURES.scratch("stash").resolve("key.p12")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("key.sth", stash.getFileName().toString()); //$NON-NLS-1$
        StashFile.write(stash, PASSWORD);
        assertEquals(193, Files.size(stash), "GSKit's current format by default"); //$NON-NLS-1$
        assertArrayEquals(PASSWORD, StashFile.read(stash));
        StashFile.write(stash, PASSWORD, StashFile.Format.V1);
        byte[] record = Files.readAllBytes(stash);
        assertEquals(129, record.length);
        // the 129-byte format as the published unstash tools read it: XOR every byte with 0xF5 and stop at the first zero
        StringBuilder unstashed = new StringBuilder();
        for (byte b : record) {
            int c = (b ^ 0xF5) & 0xFF;
            if (c == 0) {
                break;
            }
            unstashed.append((char) c);
        }
        assertEquals(KeystoreFixtures.PASSWORD, unstashed.toString());
        assertArrayEquals(PASSWORD, StashFile.read(stash));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString( //$NON-NLS-1$
                Files.getPosixFilePermissions(stash)));
    }

    /** A queue manager's identity (RSA 3072, signed by a local CA) and that CA as a trusted entry. */
    private static EditableKeyRepository sampleRepository() throws Exception {
        KeyEntry ca = localCa("mq ca"); //$NON-NLS-1$
        KeyPair pair = KeyAlgorithm.RSA_3072.generate(RANDOM);
        X509Certificate qm1 = ISSUER.issue(pair.getPublic(), template("CN=QM1,OU=MQ,O=Example Ltd,C=GB", //$NON-NLS-1$
                CertificateProfile.TLS_SERVER_AND_CLIENT, 365), ca.chain().get(0), ca.key());
        EditableKeyRepository repository = new EditableKeyRepository(KeyRepositoryFormat.PKCS12);
        List<X509Certificate> chain = new ArrayList<>(List.of(qm1));
        chain.addAll(ca.chain());
        repository.add(new KeyEntry("ibmwebspheremqqm1", pair.getPrivate(), chain)); //$NON-NLS-1$
        repository.add(new CertificateEntry("mq ca", ca.chain().get(0))); //$NON-NLS-1$
        return repository;
    }
}
