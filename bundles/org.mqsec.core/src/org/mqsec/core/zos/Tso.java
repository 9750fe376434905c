package org.mqsec.core.zos;

import java.util.ArrayList;
import java.util.List;

/**
 * TSO/E command text: quoted strings and the layout of a command in the 72-column records of a
 * batch SYSTSIN. Continuation follows z/OS TSO/E System Programming Command Reference, "Continuation
 * lines": a hyphen or a plus sign as the last character continues a command; a plus sign also deletes
 * the leading blanks of the next line, and without a blank before it the text on both sides joins
 * (so it may continue a quoted string). Operands are continued with " -" between them; only an
 * operand too long for a record is cut, with "+" and no blank before it.
 */
public final class Tso {

    /** Columns of a SYSTSIN record that TSO reads. */
    public static final int RECORD = 72;
    private static final String INDENT = "  "; //$NON-NLS-1$

    private Tso() {
    }

    /** A value in apostrophes, each apostrophe in it doubled. */
    public static String quoted(String value) {
        return '\'' + value.replace("'", "''") + '\''; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** A quoted string read back: its value and the offset after its closing apostrophe. */
    record Quoted(String value, int end) {
    }

    /** Reads the quoted string whose opening apostrophe is at {@code open}; null when it is not closed. */
    static Quoted unquote(String text, int open) {
        if (open < 0 || open >= text.length() || text.charAt(open) != '\'') {
            return null;
        }
        StringBuilder value = new StringBuilder();
        for (int at = open + 1; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '\'') {
                if (at + 1 < text.length() && text.charAt(at + 1) == '\'') {
                    value.append('\'');
                    at++;
                    continue;
                }
                return new Quoted(value.toString(), at + 1);
            }
            value.append(c);
        }
        return null;
    }

    /** The command as records of at most {@value #RECORD} columns. */
    public static List<String> records(String command) {
        List<String> operands = operands(command);
        List<String> records = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String operand : operands) {
            if (line.length() == 0 && records.isEmpty()) {
                line.append(operand);
            } else if (line.length() + 1 + operand.length() + 2 <= RECORD) {
                line.append(' ').append(operand);
            } else {
                records.add(line.append(" -").toString()); //$NON-NLS-1$
                line = new StringBuilder(INDENT).append(operand);
            }
            // an operand too long for a record is cut, each piece but the last ending in "+"
            while (line.length() > RECORD) {
                int cut = RECORD - 1;
                // not after a blank (it would read as a blank before the "+", keeping the pieces apart)
                while (cut > INDENT.length() + 1 && line.charAt(cut - 1) == ' ') {
                    cut--;
                }
                records.add(line.substring(0, cut) + '+');
                line = new StringBuilder(INDENT).append(line.substring(cut));
            }
        }
        if (line.length() > 0) {
            records.add(line.toString());
        }
        return records;
    }

    /** Reads records written by {@link #records} (or by hand, with either continuation) back into one command. */
    public static String join(List<String> records) {
        StringBuilder command = new StringBuilder();
        boolean deleteBlanks = false;
        for (String raw : records) {
            String record = raw.length() > RECORD ? raw.substring(0, RECORD) : raw;
            record = stripTrailing(record);
            String text = deleteBlanks ? record.stripLeading() : record;
            if (text.endsWith("+")) { //$NON-NLS-1$
                command.append(text, 0, text.length() - 1);
                deleteBlanks = true;
            } else if (text.endsWith("-")) { //$NON-NLS-1$
                command.append(text, 0, text.length() - 1);
                deleteBlanks = false;
            } else {
                command.append(text);
                return normalise(command.toString());
            }
        }
        return normalise(command.toString());
    }

    /** Blanks outside quotes reduced to one, as TSO's parser sees them. */
    static String normalise(String command) {
        StringBuilder out = new StringBuilder();
        for (String operand : operands(command)) {
            out.append(out.length() == 0 ? "" : " ").append(operand); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return out.toString();
    }

    /** The command's words: split at blanks outside apostrophes (inside parentheses too: a blank separates sub-operands). */
    static List<String> operands(String command) {
        List<String> operands = new ArrayList<>();
        StringBuilder operand = new StringBuilder();
        boolean quoted = false;
        for (int at = 0; at < command.length(); at++) {
            char c = command.charAt(at);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                if (operand.length() > 0) {
                    operands.add(operand.toString());
                    operand.setLength(0);
                }
                continue;
            }
            operand.append(c);
        }
        if (operand.length() > 0) {
            operands.add(operand.toString());
        }
        return operands;
    }

    private static String stripTrailing(String record) {
        int end = record.length();
        while (end > 0 && record.charAt(end - 1) == ' ') {
            end--;
        }
        return record.substring(0, end);
    }
}
