package org.mqsec.testing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * PKCS#12 files with thousands of trusted certificates, written by the JDK's PKCS12 KeyStore (Java 17
 * defaults), so keytool can list them too. Used by the UI scale test and the open/list benchmark.
 * {@code java -cp ... org.mqsec.testing.LargeKeystore FILE COUNT PASSWORD}
 */
public final class LargeKeystore {

    private LargeKeystore() {
    }

    public static void create(Path file, int count, char[] password) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC"); //$NON-NLS-1$
        generator.initialize(new ECGenParameterSpec("secp256r1")); //$NON-NLS-1$
        KeyPair issuerKey = generator.generateKeyPair();
        KeyPair subjectKey = generator.generateKeyPair();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey.getPrivate()); //$NON-NLS-1$
        X500Name issuer = new X500Name("C=GB,O=Example Ltd,CN=Bulk Partner CA"); //$NON-NLS-1$
        Instant now = Instant.now();
        KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
        store.load(null, null);
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (int i = 0; i < count; i++) {
            // spread the expiry dates so that sorting and the expiry colours have something to show
            Instant notAfter = now.plus(Duration.ofDays(i % 10 == 0 ? 7 : 30 + i % 700));
            X509Certificate cert = converter.getCertificate(new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(1000 + i), Date.from(now.minus(Duration.ofDays(1))), Date.from(notAfter),
                    new X500Name("C=GB,O=Example Ltd,OU=Partners,CN=partner-" + i), subjectKey.getPublic()) //$NON-NLS-1$ //$NON-NLS-2$
                    .build(signer));
            store.setCertificateEntry("partner-" + i, cert); //$NON-NLS-1$
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password);
        }
    }

    public static void main(String[] args) throws Exception {
        create(Path.of(args[0]), Integer.parseInt(args[1]), args[2].toCharArray());
    }
}
