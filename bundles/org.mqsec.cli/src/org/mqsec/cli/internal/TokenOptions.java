package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.Pkcs11Module;
import org.mqsec.crypto.pkcs11.Pkcs11Modules;
import org.mqsec.crypto.pkcs11.TokenBrowser;
import org.mqsec.crypto.pkcs11.TokenOperations;
import org.mqsec.crypto.pkcs11.TokenSelector;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Which PKCS#11 library and token a token command works on, and where the user PIN comes from (a
 * file, a variable or the terminal; never the command line).
 */
final class TokenOptions {

    @Option(names = "--module", required = true, paramLabel = "LIB|NAME", descriptionKey = "module")
    String module;

    @Option(names = "--modules", paramLabel = "FILE", descriptionKey = "modules")
    Path modules;

    @Option(names = "--token", paramLabel = "LABEL", descriptionKey = "token")
    String token;

    @Option(names = "--slot", paramLabel = "ID", descriptionKey = "slot")
    Long slot;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Pin pin;

    Pkcs11Module chosenModule() throws KeyRepositoryException {
        return Pkcs11Modules.choose(module, Pkcs11Modules.read(modules != null ? modules : Pkcs11Modules.defaultFile()));
    }

    /** Whether a token was named (--token or --slot). */
    boolean namesToken() {
        return token != null || slot != null;
    }

    TokenSelector selector(CommandSpec spec) {
        if (token != null && slot != null) {
            throw new ParameterException(spec.commandLine(), Messages.Token_tokenOrSlot);
        }
        if (!namesToken()) {
            throw new ParameterException(spec.commandLine(), Messages.Token_tokenRequired);
        }
        return slot != null ? TokenSelector.slot(slot) : TokenSelector.label(token);
    }

    /** The target of a change: library and token. */
    TokenOperations.Target target(CommandSpec spec) throws KeyRepositoryException {
        return new TokenOperations.Target(chosenModule().library(), selector(spec));
    }

    /** The user PIN from the options or the terminal; the caller clears it. */
    char[] pin(CommandSpec spec) throws KeyRepositoryException {
        CommandLinePasswords source = CommandLinePasswords.of(pin);
        try {
            return source.existingPassword(Messages.bind(Messages.Token_pinFor, selector(spec).describe()));
        } finally {
            source.clear();
        }
    }

    /**
     * Reads the token: logged in when a PIN source was given or {@code loginAlways}, else public
     * objects only. The PIN is cleared before this returns.
     */
    TokenBrowser.Contents read(CommandSpec spec, boolean loginAlways) throws KeyRepositoryException {
        TokenSelector selector = selector(spec);
        Pkcs11Module chosen = chosenModule();
        char[] secret = null;
        try {
            if (pin != null || loginAlways) {
                CommandLinePasswords source = CommandLinePasswords.of(pin);
                try {
                    secret = source.existingPassword(Messages.bind(Messages.Token_pinFor, selector.describe()));
                } finally {
                    source.clear();
                }
            }
            return TokenBrowser.read(chosen.library(), selector, secret, new NullProgressMonitor());
        } finally {
            if (secret != null) {
                Arrays.fill(secret, '\0');
            }
        }
    }
}
