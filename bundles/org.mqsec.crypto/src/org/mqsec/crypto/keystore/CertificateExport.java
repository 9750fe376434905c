package org.mqsec.crypto.keystore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.io.StringWriter;
import java.security.PublicKey;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

import org.mqsec.crypto.internal.keystore.AtomicFiles;

/** Writes a certificate to a file, never leaving a half-written or lost file behind. */
public final class CertificateExport {

    public enum Encoding {
        PEM, DER;

        /** DER for {@code .der} and {@code .cer} files, PEM otherwise (what openssl and MQ expect). */
        public static Encoding forFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".der") || lower.endsWith(".cer") ? DER : PEM; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private CertificateExport() {
    }

    public static byte[] encode(X509Certificate cert, Encoding encoding) {
        if (encoding == Encoding.DER) {
            try {
                return cert.getEncoded();
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return CertificateDetails.pem(cert).getBytes(StandardCharsets.US_ASCII);
    }

    /** The chain as one PEM text, end entity first. */
    public static String pemChain(List<X509Certificate> chain) {
        StringBuilder text = new StringBuilder();
        chain.forEach(cert -> text.append(CertificateDetails.pem(cert)));
        return text.toString();
    }

    /** A certificates-only PKCS#7 (.p7b, DER), as CAs send chains and runmqakm/keytool import them. */
    public static byte[] pkcs7(List<X509Certificate> chain) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(chain));
            return generator.generate(new CMSAbsentContent()).getEncoded();
        } catch (CMSException | CertificateEncodingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The public key as PEM ("-----BEGIN PUBLIC KEY-----", X.509 SubjectPublicKeyInfo). */
    public static String publicKeyPem(PublicKey key) {
        StringWriter text = new StringWriter();
        try (PemWriter writer = new PemWriter(text)) {
            writer.writeObject(new PemObject("PUBLIC KEY", key.getEncoded())); //$NON-NLS-1$
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString().replace("\r\n", "\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Writes to a temporary file in the target folder, keeps the previous file as {@code <name>.bak},
     * then renames the temporary file into place. On failure the previous file is untouched.
     */
    public static void write(X509Certificate cert, Encoding encoding, Path target) throws IOException {
        AtomicFiles.write(target, encode(cert, encoding));
    }

    /** Writes the chain as a PKCS#7 (.p7b) file the same way: atomically, the previous file kept as .bak. */
    public static void writePkcs7(List<X509Certificate> chain, Path target) throws IOException {
        AtomicFiles.write(target, pkcs7(chain));
    }

    /** Writes PEM text (a request, a chain) the same way: atomically, the previous file kept as .bak. */
    public static void writeText(Path target, String text) throws IOException {
        AtomicFiles.write(target, text.getBytes(StandardCharsets.US_ASCII));
    }
}
