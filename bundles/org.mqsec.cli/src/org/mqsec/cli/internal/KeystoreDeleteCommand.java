package org.mqsec.cli.internal;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.DeleteEntryOperation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore delete FILE --alias L}. */
@Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreDeleteCommand extends KeystoreChange {

    @Option(names = "--alias", required = true, paramLabel = "LABEL", descriptionKey = "alias")
    String alias;

    @Override
    void change() throws KeyRepositoryException {
        try (Opened opened = open()) {
            run(new DeleteEntryOperation(opened.repository, file.toString(), alias));
            save(opened, null);
            lines.add(NLS.bind(Messages.Change_deleted, alias, file));
            result.addProperty("alias", alias); //$NON-NLS-1$
        }
    }
}
