package org.mqsec.cli.internal;

import org.mqsec.crypto.keystore.KeyRepositoryException;

import picocli.CommandLine.Option;

/**
 * Where a password comes from: a file (its first line), an environment variable, or typed at the
 * terminal (asked for when neither is given, or at once with --ask-password). Never the command
 * line. One exclusive group per password a command needs; the prefixed ones say which password.
 */
abstract class PasswordOptions {

    String file;
    String env;
    char[] typed;

    /** The source, which the caller clears. */
    CommandLinePasswords source() throws KeyRepositoryException {
        return CommandLinePasswords.from(file, env, typed);
    }

    /** The key repository's own password. */
    static final class Repository extends PasswordOptions {
        @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--password-env", paramLabel = "VARIABLE", descriptionKey = "password-env")
        void env(String value) {
            env = value;
        }

        @Option(names = "--ask-password", interactive = true, arity = "0", descriptionKey = "ask-password")
        void typed(char[] value) {
            typed = value;
        }
    }

    /** A new password (a password change, an exported key, a converted copy). */
    static final class New extends PasswordOptions {
        @Option(names = "--new-password-file", paramLabel = "FILE", descriptionKey = "new-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--new-password-env", paramLabel = "VARIABLE", descriptionKey = "new-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** The signing CA's repository. */
    static final class Signer extends PasswordOptions {
        @Option(names = "--signer-password-file", paramLabel = "FILE", descriptionKey = "signer-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--signer-password-env", paramLabel = "VARIABLE", descriptionKey = "signer-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** The repository entries are imported from. */
    static final class From extends PasswordOptions {
        @Option(names = "--from-password-file", paramLabel = "FILE", descriptionKey = "from-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--from-password-env", paramLabel = "VARIABLE", descriptionKey = "from-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** An existing server key repository a TLS plan uses. */
    static final class Server extends PasswordOptions {
        @Option(names = "--server-password-file", paramLabel = "FILE", descriptionKey = "server-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--server-password-env", paramLabel = "VARIABLE", descriptionKey = "server-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** An existing client key repository a TLS plan uses. */
    static final class Client extends PasswordOptions {
        @Option(names = "--client-password-file", paramLabel = "FILE", descriptionKey = "client-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--client-password-env", paramLabel = "VARIABLE", descriptionKey = "client-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** The client key store of a connection profile (TLS with a client certificate). */
    static final class KeyStore extends PasswordOptions {
        @Option(names = "--keystore-password-file", paramLabel = "FILE", descriptionKey = "keystore-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--keystore-password-env", paramLabel = "VARIABLE", descriptionKey = "keystore-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** The trust store of a connection profile. */
    static final class TrustStore extends PasswordOptions {
        @Option(names = "--truststore-password-file", paramLabel = "FILE", descriptionKey = "truststore-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--truststore-password-env", paramLabel = "VARIABLE", descriptionKey = "truststore-password-env")
        void env(String value) {
            env = value;
        }
    }

    /** A PKCS#11 token's user PIN. */
    static final class Pin extends PasswordOptions {
        @Option(names = "--pin-file", paramLabel = "FILE", descriptionKey = "pin-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--pin-env", paramLabel = "VARIABLE", descriptionKey = "pin-env")
        void env(String value) {
            env = value;
        }

        @Option(names = "--ask-pin", interactive = true, arity = "0", descriptionKey = "ask-pin")
        void typed(char[] value) {
            typed = value;
        }
    }

    /** A token's new user PIN. */
    static final class NewPin extends PasswordOptions {
        @Option(names = "--new-pin-file", paramLabel = "FILE", descriptionKey = "new-pin-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--new-pin-env", paramLabel = "VARIABLE", descriptionKey = "new-pin-env")
        void env(String value) {
            env = value;
        }
    }

    /** The password a PKCS#12 export in a RACF job is protected with (written into the job, as asked). */
    static final class Export extends PasswordOptions {
        @Option(names = "--export-password-file", paramLabel = "FILE", descriptionKey = "export-password-file")
        void file(String value) {
            file = value;
        }

        @Option(names = "--export-password-env", paramLabel = "VARIABLE", descriptionKey = "export-password-env")
        void env(String value) {
            env = value;
        }
    }
}
