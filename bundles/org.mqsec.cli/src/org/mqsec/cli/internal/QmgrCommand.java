package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec qmgr}: connection profiles and queue managers' security state. */
@Command(name = "qmgr", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class QmgrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_qmgrCommand);
    }
}
