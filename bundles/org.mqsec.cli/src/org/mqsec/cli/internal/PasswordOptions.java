package org.mqsec.cli.internal;

import org.mqsec.crypto.keystore.KeyRepositoryException;

import picocli.CommandLine.Option;

/**
 * Where a password comes from: a file (its first line), an environment variable, or typed at the
 * terminal (asked for when neither is given, or at once with --ask-password). Never the command
 * line. One of these groups per password a command needs; the prefixed ones name which.
 */
abstract class PasswordOptions {

    abstract String file();

    abstract String env();

    char[] typed() {
        return null;
    }

    /** The source, which the caller clears. */
    CommandLinePasswords source() throws KeyRepositoryException {
        return CommandLinePasswords.from(file(), env(), typed());
    }

    /** The repository password options of a command that has no others. */
    static final class Only {
        @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "0..1")
        Repository password;

        CommandLinePasswords source() throws KeyRepositoryException {
            return CommandLinePasswords.of(password);
        }
    }

    /** The key repository's own password. */
    static final class Repository extends PasswordOptions {
        @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "password-file")
        String file;
        @Option(names = "--password-env", paramLabel = "VARIABLE", descriptionKey = "password-env")
        String env;
        @Option(names = "--ask-password", interactive = true, arity = "0", descriptionKey = "ask-password")
        char[] typed;

        @Override
        String file() {
            return file;
        }

        @Override
        String env() {
            return env;
        }

        @Override
        char[] typed() {
            return typed;
        }
    }

    /** A new password (a password change, an exported key, a converted copy). */
    static final class New extends PasswordOptions {
        @Option(names = "--new-password-file", paramLabel = "FILE", descriptionKey = "new-password-file")
        String file;
        @Option(names = "--new-password-env", paramLabel = "VARIABLE", descriptionKey = "new-password-env")
        String env;

        @Override
        String file() {
            return file;
        }

        @Override
        String env() {
            return env;
        }
    }

    /** The signing CA's repository. */
    static final class Signer extends PasswordOptions {
        @Option(names = "--signer-password-file", paramLabel = "FILE", descriptionKey = "signer-password-file")
        String file;
        @Option(names = "--signer-password-env", paramLabel = "VARIABLE", descriptionKey = "signer-password-env")
        String env;

        @Override
        String file() {
            return file;
        }

        @Override
        String env() {
            return env;
        }
    }

    /** The repository entries are imported from. */
    static final class From extends PasswordOptions {
        @Option(names = "--from-password-file", paramLabel = "FILE", descriptionKey = "from-password-file")
        String file;
        @Option(names = "--from-password-env", paramLabel = "VARIABLE", descriptionKey = "from-password-env")
        String env;

        @Override
        String file() {
            return file;
        }

        @Override
        String env() {
            return env;
        }
    }

    /** An existing server key repository a TLS plan uses. */
    static final class Server extends PasswordOptions {
        @Option(names = "--server-password-file", paramLabel = "FILE", descriptionKey = "server-password-file")
        String file;
        @Option(names = "--server-password-env", paramLabel = "VARIABLE", descriptionKey = "server-password-env")
        String env;

        @Override
        String file() {
            return file;
        }

        @Override
        String env() {
            return env;
        }
    }

    /** An existing client key repository a TLS plan uses. */
    static final class Client extends PasswordOptions {
        @Option(names = "--client-password-file", paramLabel = "FILE", descriptionKey = "client-password-file")
        String file;
        @Option(names = "--client-password-env", paramLabel = "VARIABLE", descriptionKey = "client-password-env")
        String env;

        @Override
        String file() {
            return file;
        }

        @Override
        String env() {
            return env;
        }
    }
}
