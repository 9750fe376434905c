package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.CertificateDetails;
import org.mqsec.crypto.keystore.ChainLink;
import org.mqsec.crypto.keystore.EntryColumn;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec keystore show FILE --alias L}: one entry's details, chain and PEM. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreShowCommand extends KeystoreReading {

    @Option(names = "--alias", required = true, paramLabel = "LABEL", descriptionKey = "alias")
    String alias;

    @Override
    public Integer call() throws KeyRepositoryException {
        KeyRepository repository = open();
        KeyRepositoryEntry entry = repository.entry(alias).orElseThrow(() -> new KeyRepositoryException(
                Problem.NOT_FOUND, NLS.bind(Messages.Error_noSuchAlias, alias, repository.location()),
                NLS.bind(Messages.Advice_aliases, repository.entries().stream().map(KeyRepositoryEntry::alias)
                        .collect(Collectors.joining(", "))))); //$NON-NLS-1$
        List<ChainLink> chain = repository.chain(entry);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.entry(entry, chain));
            return Mqsec.OK;
        }
        out.println(line(EntryColumn.ALIAS.header(), entry.alias()));
        out.println(line(EntryColumn.KIND.header(), entry.kind().displayName()));
        out.println(line(EntryColumn.KEY.header(), EntryColumn.KEY.text(entry)));
        entry.certificate().ifPresent(cert -> {
            CertificateDetails details = CertificateDetails.of(cert);
            for (Map.Entry<String, String> field : details.fields()) {
                out.println(line(field.getKey(), field.getValue()));
            }
            out.println(Messages.Show_chain);
            int number = 1;
            for (ChainLink link : chain) {
                out.println(NLS.bind(Messages.Show_chainLink, new Object[] { number++,
                        link.certificate().getSubjectX500Principal().getName(), link.verification().displayName() }));
            }
            out.println();
            out.print(details.pem());
        });
        return Mqsec.OK;
    }

    private static String line(String label, String value) {
        return label + ": " + value; //$NON-NLS-1$
    }
}
