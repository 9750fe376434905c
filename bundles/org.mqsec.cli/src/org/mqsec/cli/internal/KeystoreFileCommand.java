package org.mqsec.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.mqsec.crypto.keystore.KeyRepositoryFormat;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A {@code mqsec keystore} command on one key repository file: the file, its type, its password, --json. */
abstract class KeystoreFileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--type", paramLabel = "TYPE", converter = Converters.Format.class, completionCandidates = Converters.Format.class, descriptionKey = "type")
    KeyRepositoryFormat type;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.Repository password;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;
}
