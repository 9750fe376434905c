package org.mqsec.crypto.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mqsec.crypto.keystore.CertificateDetails;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.testing.KeystoreFixtures;

/** What the details pane shows, checked against openssl's own reading of the same certificate. */
class CertificateDetailsTest {

    private static final KeystoreFixtures FIXTURES = KeystoreFixtures.get();

    private static X509Certificate server() throws Exception {
        KeyRepository repository = KeyRepositoryFormatsTest.open("openssl-default.p12"); //$NON-NLS-1$
        return repository.entries().get(0).certificate().orElseThrow();
    }

    @Test
    void detailsMatchWhatOpensslReads() throws Exception {
        CertificateDetails details = CertificateDetails.of(server());
        assertEquals(KeystoreFixtures.SERVER_DN, details.subject());
        assertEquals(KeystoreFixtures.CA_DN, details.issuer());
        assertEquals(List.of("digitalSignature", "keyAgreement"), details.keyUsage()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(details.keyUsageCritical());
        assertEquals(List.of("serverAuth", "clientAuth"), details.extendedKeyUsage()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of("DNS:qm1.example.com", "IP:192.0.2.10"), details.subjectAlternativeNames()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("not a CA", details.basicConstraints()); //$NON-NLS-1$
        assertEquals("EC 256 (P-256)", details.publicKey()); //$NON-NLS-1$

        String fingerprint = FIXTURES.openssl("x509", "-in", "server.pem", "-noout", "-fingerprint", "-sha256"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertEquals(fingerprint.substring(fingerprint.indexOf('=') + 1).trim(), details.sha256());
        String serial = FIXTURES.openssl("x509", "-in", "server.pem", "-noout", "-serial"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(new java.math.BigInteger(serial.substring(serial.indexOf('=') + 1).trim(), 16),
                new java.math.BigInteger(details.serialNumber().replace(":", ""), 16)); //$NON-NLS-1$ //$NON-NLS-2$
        String text = FIXTURES.openssl("x509", "-in", "server.pem", "-noout", "-ext", "subjectKeyIdentifier,authorityKeyIdentifier"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(text.contains(details.subjectKeyIdentifier()), text);
        assertTrue(text.contains(details.authorityKeyIdentifier()), text);
        assertEquals(Files.readString(FIXTURES.file("server.pem")).trim(), details.pem().trim()); //$NON-NLS-1$

        CertificateDetails ca = CertificateDetails.of(KeyRepositoryFormatsTest.open("ca.crt").entries().get(0) //$NON-NLS-1$
                .certificate().orElseThrow());
        assertEquals("CA, no path length limit", ca.basicConstraints()); //$NON-NLS-1$
        assertEquals(List.of("keyCertSign", "cRLSign"), ca.keyUsage()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(ca.subjectKeyIdentifier(), details.authorityKeyIdentifier());
    }

    @Test
    void fieldsListEveryValueWithItsLabel() throws Exception {
        List<Map.Entry<String, String>> fields = CertificateDetails.of(server()).fields();
        assertEquals("Subject", fields.get(0).getKey()); //$NON-NLS-1$
        assertEquals(KeystoreFixtures.SERVER_DN, fields.get(0).getValue());
        assertTrue(fields.stream().anyMatch(f -> f.getKey().equals("Key usage") && f.getValue().endsWith("(critical)"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void exportedCertificatesAreReadByOpenssl() throws Exception {
        Path dir = FIXTURES.scratch("export"); //$NON-NLS-1$
        X509Certificate cert = server();
        String expected = CertificateDetails.of(cert).sha256();
        for (String name : List.of("qm1.pem", "qm1.der")) { //$NON-NLS-1$ //$NON-NLS-2$
            Path target = dir.resolve(name);
            Files.deleteIfExists(target);
            CertificateExport.write(cert, CertificateExport.Encoding.forFileName(name), target);
            String form = name.endsWith(".der") ? "DER" : "PEM"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String out = FIXTURES.openssl("x509", "-inform", form, "-in", target.toString(), "-noout", "-fingerprint", "-sha256"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            assertEquals(expected, out.substring(out.indexOf('=') + 1).trim());
        }
        // exporting over an existing file keeps the previous one as .bak
        Path target = dir.resolve("qm1.pem"); //$NON-NLS-1$
        KeyRepositoryEntry ca = KeyRepositoryFormatsTest.open("ca.crt").entries().get(0); //$NON-NLS-1$
        CertificateExport.write(ca.certificate().orElseThrow(), CertificateExport.Encoding.PEM, target);
        assertEquals(CertificateDetails.pem(cert), Files.readString(dir.resolve("qm1.pem.bak"))); //$NON-NLS-1$
        assertEquals(CertificateDetails.pem(ca.certificate().orElseThrow()), Files.readString(target));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
