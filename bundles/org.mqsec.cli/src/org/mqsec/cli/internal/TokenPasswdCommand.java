package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;

import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;

/** {@code mqsec token passwd --new-pin-file F}: changes the user PIN (the old one from --pin-file, --pin-env or typed). */
@Command(name = "passwd", mixinStandardHelpOptions = true, versionProvider = MqsecVersion.class, sortOptions = false)
final class TokenPasswdCommand extends TokenChange {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    PasswordOptions.NewPin newPin;

    @Override
    void change(TokenOperations.Target target, char[] pin, PrintWriter out) throws KeyRepositoryException {
        CommandLinePasswords source = CommandLinePasswords.of(newPin);
        char[] replacement = source.newPassword(Messages.bind(Messages.Token_newPinFor, target.token().describe()));
        try {
            TokenOperations.changePin(target, pin, replacement);
        } finally {
            Arrays.fill(replacement, '\0');
            source.clear();
        }
        out.println(Messages.bind(Messages.Token_pinChanged, target.token().describe()));
    }
}
