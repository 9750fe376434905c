package org.mqsec.cli.internal;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.mqsec.cli.Mqsec;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.pkcs11.TokenOperations;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A token command that changes the token: logs in with the user PIN, which is cleared afterwards. */
abstract class TokenChange implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TokenOptions token;

    @Override
    public final Integer call() throws KeyRepositoryException, UsageException {
        TokenOperations.Target target = token.target(spec);
        char[] pin = token.pin(spec);
        try {
            change(target, pin, spec.commandLine().getOut());
        } finally {
            Arrays.fill(pin, '\0');
        }
        return Mqsec.OK;
    }

    abstract void change(TokenOperations.Target target, char[] pin, PrintWriter out) throws KeyRepositoryException, UsageException;
}
