package org.mqsec.crypto.keystore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Locale;

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

    /**
     * Writes to a temporary file in the target folder, keeps the previous file as {@code <name>.bak},
     * then renames the temporary file into place. On failure the previous file is untouched.
     */
    public static void write(X509Certificate cert, Encoding encoding, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temp, encode(cert, encoding));
            if (Files.exists(absolute)) {
                Files.copy(absolute, folder.resolve(absolute.getFileName() + ".bak"), //$NON-NLS-1$
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
