package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec}: the workbench's operations for scripts. */
@Command(name = "mqsec", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class,
        sortOptions = false)
final class MqsecCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_commandNeeded);
    }
}
