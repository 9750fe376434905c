package org.mqsec.crypto.internal.keystore;

import java.util.Arrays;

import org.mqsec.crypto.internal.Messages;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.keystore.KeyRepositoryException.Problem;
import org.mqsec.crypto.keystore.PasswordSource;
import org.mqsec.crypto.keystore.PasswordSource.PasswordRequest;

/** Asks for a password until one opens the repository, the source gives up, or tries run out. */
final class PasswordAttempts {

    /** After this many rejected passwords the reader stops asking. */
    static final int MAX_TRIES = 5;

    /** Thrown by an attempt when the password is wrong (not when the file is bad). */
    static final class WrongPassword extends Exception {
        private static final long serialVersionUID = 1L;
    }

    interface Attempt<T> {
        T tryWith(char[] password) throws WrongPassword, KeyRepositoryException;
    }

    private PasswordAttempts() {
    }

    static <T> T run(RepositoryFile file, PasswordSource source, Attempt<T> attempt) throws KeyRepositoryException {
        PasswordRequest request = new PasswordRequest(file.name(), file.storageKey(), 0);
        while (true) {
            char[] password = source.password(request);
            if (password == null) {
                throw request.failedTries() == 0 ? passwordRequired(file) : wrongPassword(file);
            }
            try {
                T result = attempt.tryWith(password);
                source.accepted(request, password);
                return result;
            } catch (WrongPassword e) {
                if (request.failedTries() + 1 >= MAX_TRIES) {
                    throw wrongPassword(file);
                }
                request = request.retry();
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * Tries the empty password before asking: files written with {@code openssl pkcs12 -passout pass:}
     * or by tools that protect nothing open at once, and the source is told the empty password was
     * accepted (so a save keeps it). Any other result of that try is ignored and the source is asked.
     */
    static <T> T runTryingEmptyFirst(RepositoryFile file, PasswordSource source, Attempt<T> attempt)
            throws KeyRepositoryException {
        char[] empty = new char[0];
        try {
            T result = attempt.tryWith(empty);
            source.accepted(new PasswordRequest(file.name(), file.storageKey(), 0), empty);
            return result;
        } catch (WrongPassword | KeyRepositoryException e) {
            // not the empty password (or the empty password decrypts nothing sensible): ask
        }
        return run(file, source, attempt);
    }

    static KeyRepositoryException wrongPassword(RepositoryFile file) {
        return new KeyRepositoryException(Problem.WRONG_PASSWORD,
                Messages.bind(Messages.Problem_wrongPassword, file.name()), Messages.Advice_wrongPassword);
    }

    static KeyRepositoryException passwordRequired(RepositoryFile file) {
        return new KeyRepositoryException(Problem.PASSWORD_REQUIRED,
                Messages.bind(Messages.Problem_passwordRequired, file.name()), Messages.Advice_passwordRequired);
    }
}
