package org.mqsec.crypto.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CertificateExport;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.KeyEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/**
 * Writes an entry out: its certificate (or chain) as PEM, DER or PKCS#7, its public key as PEM, or
 * the key with its chain as a PKCS#12 under a new password.
 */
public final class ExportEntryOperation extends KeyRepositoryOperation<Path> {

    public static final String NO_CERTIFICATE = "ENTRY_NO_CERTIFICATE"; //$NON-NLS-1$
    public static final String NOT_A_KEY = "ENTRY_NOT_A_KEY"; //$NON-NLS-1$

    /** What is written. */
    public enum ExportFormat {
        PEM("pem"), DER("der"), PKCS7("p7b"), PUBLIC_KEY("public-key"), PKCS12("pkcs12"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

        private final String id;

        ExportFormat(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<ExportFormat> fromId(String id) {
            for (ExportFormat format : values()) {
                if (format.id.equalsIgnoreCase(id)) {
                    return Optional.of(format);
                }
            }
            return Optional.empty();
        }

        /** By the file's extension: .p7b/.p7c PKCS#7, .pub public key, .der/.cer DER, else PEM. */
        public static ExportFormat forFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".p7b") || lower.endsWith(".p7c")) { //$NON-NLS-1$ //$NON-NLS-2$
                return PKCS7;
            }
            if (lower.endsWith(".pub")) { //$NON-NLS-1$
                return PUBLIC_KEY;
            }
            return CertificateExport.Encoding.forFileName(lower) == CertificateExport.Encoding.DER ? DER : PEM;
        }
    }

    private final String repositoryName;
    private final KeyRepositoryFormat repositoryFormat;
    private final String alias;
    private final List<X509Certificate> chain;
    private final KeyEntry key;
    private final ExportFormat format;
    private final boolean wholeChain;
    private final Path target;
    private final Pkcs12Profile profile;
    private final char[] password;

    private ExportEntryOperation(String repositoryName, KeyRepositoryFormat repositoryFormat, String alias,
            List<X509Certificate> chain, KeyEntry key, ExportFormat format, boolean wholeChain, Path target,
            Pkcs12Profile profile, char[] password) {
        this.repositoryName = repositoryName;
        this.repositoryFormat = repositoryFormat;
        this.alias = alias;
        this.chain = List.copyOf(chain);
        this.key = key;
        this.format = format;
        this.wholeChain = wholeChain;
        this.target = target;
        this.profile = profile;
        this.password = password;
    }

    /**
     * An entry's certificate, or with {@code wholeChain} its chain (PEM and PKCS#7 only), or its
     * public key: no private key is needed.
     *
     * @param chain the entry's certificate first
     */
    public static ExportEntryOperation certificates(String repositoryName, KeyRepositoryFormat repositoryFormat,
            String alias, List<X509Certificate> chain, ExportFormat format, boolean wholeChain, Path target) {
        return new ExportEntryOperation(repositoryName, repositoryFormat, alias, chain, null, format, wholeChain,
                target, null, null);
    }

    /** A key entry with its chain as a PKCS#12 file of its own. @param password not cleared */
    public static ExportEntryOperation key(String repositoryName, KeyRepositoryFormat repositoryFormat, KeyEntry key,
            Path target, Pkcs12Profile profile, char[] password) {
        return new ExportEntryOperation(repositoryName, repositoryFormat, key.alias(), key.chain(), key,
                ExportFormat.PKCS12, true, target, profile, password);
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (format == ExportFormat.PKCS12) {
            if (key == null) {
                findings.add(Finding.error(NOT_A_KEY, "alias", Messages.bind(Messages.Operation_notAKeyEntry, alias), //$NON-NLS-1$
                        Messages.Operation_notAKeyEntryFix));
            }
            findings.addAll(CreateKeyRepositoryOperation.passwordFindings(password));
            findings.addAll(CreateKeyRepositoryOperation.formatFindings(KeyRepositoryFormat.PKCS12, profile, false));
        } else if (chain.isEmpty()) {
            findings.add(Finding.error(NO_CERTIFICATE, "alias", Messages.bind(Messages.Operation_noCertificate, alias), "")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return format == ExportFormat.PEM || format == ExportFormat.DER
                ? CommandEquivalents.exportCertificate(repositoryName, repositoryFormat, alias, target.toString(),
                        format == ExportFormat.DER).commands()
                : Map.of();
    }

    @Override
    protected Path execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_exporting, alias, target));
        List<X509Certificate> written = wholeChain ? chain : chain.subList(0, 1);
        switch (format) {
            case PEM -> writeFile(target, CertificateExport.pemChain(written).getBytes(StandardCharsets.US_ASCII));
            case DER -> writeFile(target, CertificateExport.encode(chain.get(0), CertificateExport.Encoding.DER));
            case PKCS7 -> {
                try {
                    writeFile(target, CertificateExport.pkcs7(written));
                } catch (IOException e) {
                    throw new KeyRepositoryException(KeyRepositoryException.Problem.WRITE_FAILED,
                            Messages.bind(Messages.Problem_writeFailed, target, e.getMessage()), "", e); //$NON-NLS-1$
                }
            }
            case PUBLIC_KEY -> writeFile(target,
                    CertificateExport.publicKeyPem(chain.get(0).getPublicKey()).getBytes(StandardCharsets.US_ASCII));
            case PKCS12 -> {
                EditableKeyRepository single = new EditableKeyRepository(KeyRepositoryFormat.PKCS12, profile);
                single.add(key);
                KeyRepositoryWriter.save(single, target, KeyRepositoryFormat.PKCS12, profile, password);
            }
        }
        return target;
    }
}
