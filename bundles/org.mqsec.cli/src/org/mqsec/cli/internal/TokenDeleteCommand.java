package org.mqsec.cli.internal;

import java.io.PrintWriter;

import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mqsec token delete --label L}: every object with that label (a key, its public key and certificate). */
@Command(name = "delete", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenDeleteCommand extends TokenChange {

    @Option(names = "--label", required = true, paramLabel = "LABEL", descriptionKey = "token-label")
    String label;

    @Override
    void change(TokenOperations.Target target, char[] pin, PrintWriter out) throws KeyRepositoryException {
        int deleted = TokenOperations.delete(target, pin, label);
        out.println(Messages.bind(Messages.Token_deleted, deleted, label));
    }
}
