package org.mqsec.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/** Dispatches {@code mqsec <group> <command> ...} and turns every failure into a message and exit code. */
public final class CommandLine {

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        List<String> words = Arrays.asList(args);
        try {
            if (words.isEmpty() || words.get(0).equals("--help") || words.get(0).equals("help")) { //$NON-NLS-1$ //$NON-NLS-2$
                out.print(Messages.Usage_text);
                return words.isEmpty() ? Mqsec.USAGE : Mqsec.OK;
            }
            if (words.get(0).equals("keystore")) { //$NON-NLS-1$
                return new KeystoreCommands(out, err).run(words.subList(1, words.size()));
            }
            if (words.get(0).equals("chlauth")) { //$NON-NLS-1$
                return new ChlauthCommands(out, err).run(words.subList(1, words.size()));
            }
            if (words.get(0).equals("tls")) { //$NON-NLS-1$
                return new TlsCommands(out, err).run(words.subList(1, words.size()));
            }
            if (words.get(0).equals("ciphers")) { //$NON-NLS-1$
                return new CipherCommands(out).run(words.subList(1, words.size()));
            }
            throw new UsageException(NLS.bind(Messages.Usage_unknownCommand, words.get(0)));
        } catch (UsageException e) {
            err.println(NLS.bind(Messages.Error_prefix, e.getMessage()));
            err.print(Messages.Usage_text);
            return Mqsec.USAGE;
        } catch (KeyRepositoryException e) {
            err.println(NLS.bind(Messages.Error_prefix, e.getMessage()));
            if (!e.advice().isEmpty()) {
                err.println(e.advice());
            }
            return Mqsec.FAILED;
        }
    }
}
