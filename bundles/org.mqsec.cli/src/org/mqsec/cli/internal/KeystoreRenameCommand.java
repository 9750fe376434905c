package org.mqsec.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.RenameEntryOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore rename FILE --alias L --to NEW}. */
@Command(name = "rename", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreRenameCommand extends KeystoreChange {

    @Option(names = "--alias", required = true, paramLabel = "LABEL", descriptionKey = "alias")
    String alias;

    @Option(names = "--to", required = true, paramLabel = "NEW_LABEL", descriptionKey = "rename-to")
    String to;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            String renamed = run(new RenameEntryOperation(opened.repository, file.toString(), alias, to));
            save(opened, null);
            lines.add(NLS.bind(Messages.Change_renamed, alias, renamed));
            result.addProperty("alias", renamed); //$NON-NLS-1$
        }
    }
}
