package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec fleet}: many queue managers at once. */
@Command(name = "fleet", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class FleetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_fleetCommand);
    }
}
