package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec plan}: plans of queue manager changes, rendered, compared and applied. */
@Command(name = "plan", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_planCommand);
    }
}
