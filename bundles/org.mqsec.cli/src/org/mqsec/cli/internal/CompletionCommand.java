package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code mqsec completion}: a bash (and zsh, with bashcompinit) completion script generated from the
 * command tree itself, so it never lags behind the commands. {@code source <(mqsec completion)}.
 */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("mqsec", spec.root().commandLine())); //$NON-NLS-1$
        spec.commandLine().getOut().flush();
        return 0;
    }
}
