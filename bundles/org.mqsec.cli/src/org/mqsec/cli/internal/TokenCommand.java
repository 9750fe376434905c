package org.mqsec.cli.internal;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mqsec token}: PKCS#11 tokens (HSMs, smart cards, SoftHSM2) as key repositories. */
@Command(name = "token", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class)
final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.Usage_tokenCommand);
    }
}
