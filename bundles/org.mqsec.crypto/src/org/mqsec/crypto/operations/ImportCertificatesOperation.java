package org.mqsec.crypto.operations;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.certificates.CertificateNames;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.EditableKeyRepository.CertificateEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * Trusted certificates from a PEM, DER, PKCS#7 or trust bundle file, each under its CN (made unique)
 * or, for a single certificate, the label given. A certificate the repository has already is not
 * added again and is named in {@link Imported#skipped()}.
 */
public final class ImportCertificatesOperation extends KeyRepositoryOperation<ImportCertificatesOperation.Imported> {

    /** The labels added and the subjects of certificates already there. */
    public record Imported(List<String> added, List<String> skipped) {
    }

    private final EditableKeyRepository repository;
    private final String repositoryName;
    private final Path file;
    private final String alias;
    private List<String> added = List.of();

    /** @param alias the label for a file of one certificate, or null to use its CN */
    public ImportCertificatesOperation(EditableKeyRepository repository, String repositoryName, Path file,
            String alias) {
        this.repository = repository;
        this.repositoryName = repositoryName;
        this.file = file;
        this.alias = alias == null || alias.isBlank() ? null : alias.strip();
    }

    @Override
    public List<Finding> findings() {
        return alias == null ? List.of() : GenerateKeyOperation.labelFindings(repository, alias);
    }

    /** After {@link #run}: one import command per certificate added. */
    @Override
    public Map<String, List<String>> equivalentCommands() {
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        for (String label : added) {
            CommandEquivalents.importCertificate(repositoryName, repository.format(), label, file.toString()).commands()
                    .forEach((tool, lines) -> commands.computeIfAbsent(tool, t -> new ArrayList<>()).addAll(lines));
        }
        return commands;
    }

    @Override
    protected Imported execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_importing, file));
        List<X509Certificate> certificates = ReceiveReplyOperation.certificatesIn(file, progress.split(60));
        Imported imported = repository.atomically(r -> {
            List<String> labels = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            List<X509Certificate> present = r.certificates();
            for (X509Certificate cert : certificates) {
                if (present.contains(cert)) {
                    skipped.add(cert.getSubjectX500Principal().getName());
                    continue;
                }
                String label = alias != null && certificates.size() == 1 ? alias : r.uniqueAlias(commonName(cert));
                r.add(new CertificateEntry(label, cert));
                labels.add(label);
            }
            return new Imported(List.copyOf(labels), List.copyOf(skipped));
        });
        added = imported.added();
        return imported;
    }

    static String commonName(X509Certificate cert) {
        return CertificateNames.of(cert.getSubjectX500Principal()).commonName().orElse("certificate"); //$NON-NLS-1$
    }
}
