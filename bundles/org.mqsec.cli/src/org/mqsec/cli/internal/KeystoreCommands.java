package org.mqsec.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.CertificateDetails;
import org.mqsec.crypto.keystore.ChainLink;
import org.mqsec.crypto.keystore.EntryColumn;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryEntry;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;

/** {@code mqsec keystore list|show}: the keystore editor's table and details pane as text or JSON. */
final class KeystoreCommands {

    private static final Set<String> OPEN_OPTIONS = Set.of("password-file", "password-env", "type"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    private static final Set<String> SHOW_OPTIONS = Set.of("password-file", "password-env", "type", "alias"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    private static final Set<String> FLAGS = Set.of("json"); //$NON-NLS-1$

    private final PrintStream out;
    private final PrintStream err;

    KeystoreCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> words) throws UsageException, KeyRepositoryException {
        if (words.isEmpty()) {
            throw new UsageException(Messages.Usage_keystoreCommand);
        }
        List<String> rest = words.subList(1, words.size());
        if (KeystoreChangeCommands.COMMANDS.contains(words.get(0))) {
            return new KeystoreChangeCommands(out, err).run(words.get(0), rest);
        }
        return switch (words.get(0)) {
            case "list" -> list(Arguments.parse(rest, OPEN_OPTIONS, FLAGS)); //$NON-NLS-1$
            case "show" -> show(Arguments.parse(rest, SHOW_OPTIONS, FLAGS)); //$NON-NLS-1$
            default -> throw new UsageException(NLS.bind(Messages.Usage_unknownCommand, "keystore " + words.get(0))); //$NON-NLS-1$
        };
    }

    private KeyRepository open(Arguments args) throws UsageException, KeyRepositoryException {
        String file = args.singleOperand(Messages.Usage_fileOperand);
        KeyRepositoryFormat format = null;
        if (args.value("type") != null) { //$NON-NLS-1$
            format = KeyRepositoryFormat.fromId(args.value("type")).orElseThrow(() -> new UsageException( //$NON-NLS-1$
                    NLS.bind(Messages.Usage_unknownType, args.value("type")))); //$NON-NLS-1$
        }
        CommandLinePasswords passwords = CommandLinePasswords.from(args.value("password-file"), args.value("password-env")); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            return new FileKeyRepositoryLocation(Path.of(file), format).open(passwords, new NullProgressMonitor());
        } finally {
            passwords.clear();
        }
    }

    private int list(Arguments args) throws UsageException, KeyRepositoryException {
        KeyRepository repository = open(args);
        if (args.flag("json")) { //$NON-NLS-1$
            out.println(JsonOutput.repository(repository));
        } else {
            for (String warning : repository.warnings()) {
                err.println(NLS.bind(Messages.Warning_prefix, warning));
            }
            out.println(NLS.bind(Messages.List_summary, new Object[] { repository.location(),
                    repository.format().displayName(), repository.entryCount(), repository.protection() }));
            out.print(TextTable.of(repository.entries(), Instant.now()));
        }
        return Mqsec.OK;
    }

    private int show(Arguments args) throws UsageException, KeyRepositoryException {
        String alias = args.value("alias"); //$NON-NLS-1$
        if (alias == null) {
            throw new UsageException(Messages.Usage_aliasRequired);
        }
        KeyRepository repository = open(args);
        KeyRepositoryEntry entry = repository.entry(alias).orElseThrow(() -> new KeyRepositoryException(
                Problem.NOT_FOUND, NLS.bind(Messages.Error_noSuchAlias, alias, repository.location()),
                NLS.bind(Messages.Advice_aliases, repository.entries().stream().map(KeyRepositoryEntry::alias)
                        .collect(Collectors.joining(", "))))); //$NON-NLS-1$
        List<ChainLink> chain = repository.chain(entry);
        if (args.flag("json")) { //$NON-NLS-1$
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
