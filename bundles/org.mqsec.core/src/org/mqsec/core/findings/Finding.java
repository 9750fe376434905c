package org.mqsec.core.findings;

import java.util.List;

/**
 * Something validation found, in words a person understands.
 *
 * @param fix what to do about it, or "" when there is nothing to do
 */
public record Finding(Severity severity, String message, String fix) {

    public static Finding error(String message, String fix) {
        return new Finding(Severity.ERROR, message, fix);
    }

    public static Finding warning(String message, String fix) {
        return new Finding(Severity.WARNING, message, fix);
    }

    public static Finding info(String message, String fix) {
        return new Finding(Severity.INFO, message, fix);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** "error: message (fix)" as the command line prints it. */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message //$NON-NLS-1$
                + (fix.isEmpty() ? "" : " " + fix); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
