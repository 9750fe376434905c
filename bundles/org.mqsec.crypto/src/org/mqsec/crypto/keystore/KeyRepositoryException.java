package org.mqsec.crypto.keystore;

/**
 * A key repository could not be read. The message says what is wrong in words an administrator
 * understands; {@link #advice()} says what to try. Neither ever contains a password.
 */
public class KeyRepositoryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure, so callers (and tests) can react without parsing messages. */
    public enum Problem {
        NOT_FOUND, NOT_A_FILE, UNREADABLE, EMPTY, TOO_LARGE, UNKNOWN_FORMAT, UNSUPPORTED_FORMAT,
        PASSWORD_REQUIRED, WRONG_PASSWORD, CORRUPT, CANCELLED,
        /** An operation cannot be done as asked: the message says why (label taken, key does not match...). */
        REFUSED,
        /** Writing failed; the previous file is unchanged. */
        WRITE_FAILED,
        /** The file changed on disk since it was read; nothing was written. */
        CHANGED_ON_DISK
    }

    private final Problem problem;
    private final String advice;
    private final transient java.util.List<org.mqsec.core.findings.Finding> findings;

    public KeyRepositoryException(Problem problem, String message, String advice) {
        this(problem, message, advice, null);
    }

    public KeyRepositoryException(Problem problem, String message, String advice, Throwable cause) {
        this(problem, message, advice, cause, java.util.List.of());
    }

    /** A refusal because of these findings (their codes say what, for programs and tests). */
    public KeyRepositoryException(Problem problem, String message, String advice, Throwable cause,
            java.util.List<org.mqsec.core.findings.Finding> findings) {
        super(message, cause);
        this.problem = problem;
        this.advice = advice;
        this.findings = java.util.List.copyOf(findings);
    }

    /** The findings that caused a refusal; empty for other problems. */
    public java.util.List<org.mqsec.core.findings.Finding> findings() {
        return findings;
    }

    public Problem problem() {
        return problem;
    }

    /** What the user can do about it; may be empty. */
    public String advice() {
        return advice == null ? "" : advice; //$NON-NLS-1$
    }
}
