package org.mqsec.core.findings;

import java.util.List;

/**
 * Something validation found, in words a person understands, with a stable code that programs and
 * tests match on (the words may change, the code does not) and the field or step it is about.
 *
 * @param code  a stable identifier such as {@code MQ_ATTRIBUTE_CONTROL_CHARACTER}; "" for findings
 *              not yet given one
 * @param field the field, attribute or step the finding is about ("DESCR", "line 3"); "" when it is
 *              about the whole
 * @param fix   what to do about it, or "" when there is nothing to do
 */
public record Finding(String code, Severity severity, String field, String message, String fix) {

    public static Finding error(String message, String fix) {
        return new Finding("", Severity.ERROR, "", message, fix); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static Finding warning(String message, String fix) {
        return new Finding("", Severity.WARNING, "", message, fix); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static Finding info(String message, String fix) {
        return new Finding("", Severity.INFO, "", message, fix); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static Finding error(String code, String field, String message, String fix) {
        return new Finding(code, Severity.ERROR, field, message, fix);
    }

    public static Finding warning(String code, String field, String message, String fix) {
        return new Finding(code, Severity.WARNING, field, message, fix);
    }

    public static Finding info(String code, String field, String message, String fix) {
        return new Finding(code, Severity.INFO, field, message, fix);
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
