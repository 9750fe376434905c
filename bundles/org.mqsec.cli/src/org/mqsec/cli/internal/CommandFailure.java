package org.mqsec.cli.internal;

/** Input a command could not use, not a mistake on the command line: exit 1, the message, then what to do. */
final class CommandFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final String advice;

    CommandFailure(String message, String advice) {
        super(message);
        this.advice = advice == null ? "" : advice; //$NON-NLS-1$
    }

    String advice() {
        return advice;
    }
}
