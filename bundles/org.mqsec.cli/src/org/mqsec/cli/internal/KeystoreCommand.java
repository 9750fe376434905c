package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec keystore}: reading and changing key repositories. */
@Command(name = "keystore", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class KeystoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_keystoreCommand);
    }
}
