package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec zos}: what a z/OS administrator runs: RACF jobs, MQ RACF profiles, DISPLAY SECURITY read. */
@Command(name = "zos", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class ZosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_zosCommand);
    }
}
