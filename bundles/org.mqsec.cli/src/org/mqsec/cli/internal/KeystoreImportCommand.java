package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.ImportCertificatesOperation;
import org.mqsec.crypto.operations.ImportEntriesOperation;

import com.google.gson.JsonArray;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mqsec keystore import FILE}: trusted certificates (--certificates) or keys with their
 * chains from another repository (--from); all or nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreImportCommand extends KeystoreChange {

    /** Where the entries come from: exactly one. */
    static final class Source {
        @Option(names = "--certificates", paramLabel = "FILE", required = true, descriptionKey = "certificates")
        Path certificates;
        @Option(names = "--from", paramLabel = "OTHER", required = true, descriptionKey = "from")
        Path from;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--alias", paramLabel = "LABEL", descriptionKey = "import-alias")
    String alias;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.From fromPassword;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            List<String> added;
            if (source.certificates != null) {
                ImportCertificatesOperation.Imported imported = run(new ImportCertificatesOperation(opened.repository,
                        file.toString(), source.certificates, alias));
                imported.skipped().forEach(subject -> warnings.add(NLS.bind(Messages.Change_alreadyThere, subject)));
                added = imported.added();
            } else {
                try (Opened from = Opened.open(source.from, null, fromPassword)) {
                    added = run(new ImportEntriesOperation(opened.repository, from.repository, source.from.toString(),
                            alias));
                }
            }
            save(opened, null);
            JsonArray aliases = new JsonArray();
            added.forEach(aliases::add);
            result.add("added", aliases); //$NON-NLS-1$
            lines.add(NLS.bind(Messages.Change_imported, added.size(), String.join(", ", added))); //$NON-NLS-1$
        }
    }
}
