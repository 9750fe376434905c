package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.time.Instant;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;

import picocli.CommandLine.Command;

/** {@code mqsec keystore list FILE}: every entry of a key repository, as a table or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreListCommand extends KeystoreReading {

    @Override
    public Integer call() throws KeyRepositoryException {
        KeyRepository repository = open();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.repository(repository));
        } else {
            for (String warning : repository.warnings()) {
                spec.commandLine().getErr().println(NLS.bind(Messages.Warning_prefix, warning));
            }
            out.println(NLS.bind(Messages.List_summary, new Object[] { repository.location(),
                    repository.format().displayName(), repository.entryCount(), repository.protection() }));
            out.print(TextTable.of(repository.entries(), Instant.now()));
        }
        return Mqsec.OK;
    }
}
