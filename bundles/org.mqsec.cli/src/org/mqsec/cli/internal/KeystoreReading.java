package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.mqsec.crypto.keystore.FileKeyRepositoryLocation;
import org.mqsec.crypto.keystore.KeyRepository;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A {@code mqsec keystore} command that only reads: the editor's table and details pane as text or JSON. */
abstract class KeystoreReading implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "read-file")
    Path file;

    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.Format.class, completionCandidates = Converters.Format.class, descriptionKey = "type")
    KeyRepositoryFormat type;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Repository password;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    KeyRepository open() throws KeyRepositoryException {
        CommandLinePasswords passwords = CommandLinePasswords.of(password);
        try {
            return new FileKeyRepositoryLocation(file, type).open(passwords, new NullProgressMonitor());
        } finally {
            passwords.clear();
        }
    }
}
