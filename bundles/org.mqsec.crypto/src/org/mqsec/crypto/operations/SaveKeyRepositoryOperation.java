package org.mqsec.crypto.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.SubMonitor;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.CommandEquivalents;
import org.mqsec.crypto.keystore.EditableKeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;
import org.mqsec.crypto.keystore.KeyRepositoryWriter;
import org.mqsec.crypto.keystore.Pkcs12Profile;

/**
 * Writes a repository back to its file, or to another file in another format (convert, Save As):
 * atomically, keeping owner, group, mode and ACL, refusing when the file changed on disk since it was
 * read unless told to overwrite. A PKCS#12 keeps the protection it was read with unless another is
 * chosen, with a warning when that is the compatible (3DES, SHA-1) one.
 */
public final class SaveKeyRepositoryOperation extends KeyRepositoryOperation<Path> {

    public static final String KEPT_COMPATIBLE = "KEYSTORE_KEPT_COMPATIBLE_PROTECTION"; //$NON-NLS-1$

    private final EditableKeyRepository repository;
    private final Path target;
    private final KeyRepositoryFormat format;
    private final Pkcs12Profile chosenProfile;
    private final char[] password;
    private final KeyRepositoryWriter.SaveOptions options;

    /**
     * @param format        null for the repository's own
     * @param chosenProfile the protection the user chose, or null to keep the repository's
     * @param password      not cleared
     */
    public SaveKeyRepositoryOperation(EditableKeyRepository repository, Path target, KeyRepositoryFormat format,
            Pkcs12Profile chosenProfile, char[] password, KeyRepositoryWriter.SaveOptions options) {
        this.repository = repository;
        this.target = target;
        this.format = format == null ? repository.format() : format;
        this.chosenProfile = chosenProfile;
        this.password = password;
        this.options = options;
    }

    /** The protection the file will have. */
    public Pkcs12Profile profile() {
        return chosenProfile != null ? chosenProfile : repository.profile();
    }

    private boolean converting() {
        return format != repository.format() || !repository.source().map(target::equals).orElse(false);
    }

    @Override
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        if (format == KeyRepositoryFormat.PKCS12 && chosenProfile == null && profile() == Pkcs12Profile.COMPATIBLE) {
            findings.add(Finding.warning(KEPT_COMPATIBLE, "profile", Messages.bind(Messages.Operation_keptCompatible, target), //$NON-NLS-1$
                    Messages.Operation_keptCompatibleFix));
        }
        if (converting()) {
            findings.addAll(CreateKeyRepositoryOperation.formatFindings(format, profile(), false));
            findings.removeIf(f -> CreateKeyRepositoryOperation.COMPATIBLE.equals(f.code()) && chosenProfile == null);
        }
        return findings;
    }

    @Override
    public Map<String, List<String>> equivalentCommands() {
        return converting() ? CommandEquivalents.convert(repository.source().map(Path::toString).orElse(""), //$NON-NLS-1$
                repository.format(), target.toString(), format).commands() : Map.of();
    }

    @Override
    protected Path execute(SubMonitor progress) throws KeyRepositoryException {
        progress.setTaskName(Messages.bind(Messages.Operation_saving, target));
        KeyRepositoryWriter.save(repository, target, format, profile(), password, options);
        return target;
    }
}
