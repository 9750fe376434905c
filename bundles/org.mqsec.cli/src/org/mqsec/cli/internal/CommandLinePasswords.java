package org.mqsec.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.PasswordSource;

/**
 * Passwords for the command line: from a file (first line), from an environment variable, or typed
 * at the terminal. Never from the command line itself, where other users could read it in ps.
 */
final class CommandLinePasswords implements PasswordSource {

    /** Typed passwords get this many tries; a file or variable gets one. */
    private static final int TERMINAL_TRIES = 3;

    private final char[] given;
    private final Console console;
    private char[] accepted;

    private CommandLinePasswords(char[] given, Console console) {
        this.given = given;
        this.console = console;
    }

    /**
     * @param typed a password picocli read at the terminal (--ask-password), taken over; or null
     */
    static CommandLinePasswords from(String passwordFile, String passwordEnv, char[] typed) throws KeyRepositoryException {
        if (typed != null) {
            return new CommandLinePasswords(typed, null);
        }
        if (passwordFile != null) {
            return new CommandLinePasswords(readFirstLine(Path.of(passwordFile)), null);
        }
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null) {
                throw new KeyRepositoryException(Problem.PASSWORD_REQUIRED, NLS.bind(Messages.Usage_noSuchVariable, passwordEnv),
                        Messages.Advice_noSuchVariable);
            }
            return new CommandLinePasswords(value.toCharArray(), null);
        }
        return new CommandLinePasswords(null, System.console());
    }

    /** The source the options name, or the terminal when they name none (the group was not given). */
    static CommandLinePasswords of(PasswordOptions options) throws KeyRepositoryException {
        return options == null ? from(null, null, null) : options.source();
    }

    private static char[] readFirstLine(Path file) throws KeyRepositoryException {
        byte[] bytes = null;
        CharBuffer chars = null;
        try {
            bytes = Files.readAllBytes(file);
            chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] password = new char[end];
            chars.get(0, password, 0, end);
            return password;
        } catch (IOException e) {
            throw new KeyRepositoryException(Problem.UNREADABLE,
                    NLS.bind(Messages.Error_passwordFile, file, FileProblems.describe(file, e)), Messages.Advice_passwordFile, e);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }

    @Override
    public char[] password(PasswordRequest request) {
        if (given != null) {
            return request.failedTries() == 0 ? given.clone() : null;
        }
        if (console == null || request.failedTries() >= TERMINAL_TRIES) {
            return null;
        }
        if (request.failedTries() > 0) {
            console.printf("%s%n", Messages.Prompt_retry); //$NON-NLS-1$
        }
        return console.readPassword("%s", NLS.bind(Messages.Prompt_password, request.location())); //$NON-NLS-1$
    }

    @Override
    public void accepted(PasswordRequest request, char[] password) {
        accepted = password.clone();
    }

    /** The password that opened the repository, to write it back with; null before. */
    char[] acceptedPassword() {
        return accepted;
    }

    /**
     * A password for something new (a repository, an exported PKCS#12): the given one, or typed twice
     * at the terminal.
     */
    char[] newPassword(String what) throws KeyRepositoryException {
        if (given != null) {
            return given.clone();
        }
        if (console == null) {
            throw new KeyRepositoryException(Problem.PASSWORD_REQUIRED, NLS.bind(Messages.Usage_passwordNeeded, what),
                    Messages.Advice_passwordNeeded);
        }
        char[] first = console.readPassword("%s", NLS.bind(Messages.Prompt_newPassword, what)); //$NON-NLS-1$
        char[] second = console.readPassword("%s", Messages.Prompt_repeatPassword); //$NON-NLS-1$
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                throw new KeyRepositoryException(Problem.REFUSED, Messages.Usage_passwordsDiffer, ""); //$NON-NLS-1$
            }
            return first.clone();
        } finally {
            if (first != null) {
                Arrays.fill(first, '\0');
            }
            if (second != null) {
                Arrays.fill(second, '\0');
            }
        }
    }

    /**
     * A password that already exists elsewhere (a queue manager user's, a TLS store's): the given one,
     * or typed once at the terminal.
     */
    char[] existingPassword(String what) throws KeyRepositoryException {
        if (given != null) {
            return given.clone();
        }
        if (console == null) {
            throw new KeyRepositoryException(Problem.PASSWORD_REQUIRED, NLS.bind(Messages.Usage_passwordNeeded, what),
                    Messages.Advice_passwordNeeded);
        }
        char[] typed = console.readPassword("%s", NLS.bind(Messages.Prompt_password, what)); //$NON-NLS-1$
        if (typed == null) {
            throw new KeyRepositoryException(Problem.PASSWORD_REQUIRED, NLS.bind(Messages.Usage_passwordNeeded, what),
                    Messages.Advice_passwordNeeded);
        }
        return typed;
    }

    /** Clears every password this source holds. */
    void clear() {
        if (given != null) {
            Arrays.fill(given, '\0');
        }
        if (accepted != null) {
            Arrays.fill(accepted, '\0');
        }
    }
}
