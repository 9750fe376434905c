package org.mqsec.core.mqsc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mqsec.core.internal.Messages;

/**
 * Reads MQSC as runmqsc takes it (scripts, {@code dmpmqcfg} output) and DISPLAY output blocks (the
 * AMQ message line, then KEYWORD(value) pairs). Rules: IBM MQ "MQSC command syntax" (mq-security.md
 * 2.1): comments start with '*', a trailing '-' continues at column 1 of the next line and '+' at its
 * first non-blank, ';' ends a command, quoted values keep case and use '' for a quote, unquoted
 * values fold to upper case. DISPLAY output is not quoted: its values run to the matching ')'.
 * Problems are collected with their line numbers, never thrown and never silently dropped.
 */
public final class MqscReader {

    /** What was read and what could not be. */
    public record Result(List<MqscCommand> commands, List<String> problems) {
    }

    private MqscReader() {
    }

    /** A runmqsc script or dmpmqcfg output. */
    public static Result readScript(String text) {
        List<MqscCommand> commands = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1); //$NON-NLS-1$
        StringBuilder command = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            // a comment line is ignored inside a command too: dmpmqcfg writes "* ALTDATE(...) +" there
            if (line.stripLeading().startsWith("*")) { //$NON-NLS-1$
                continue;
            }
            if (command.length() == 0) {
                if (line.isBlank()) {
                    continue;
                }
                start = i + 1;
            }
            String trimmed = line.stripTrailing();
            if (trimmed.endsWith("-")) { //$NON-NLS-1$
                command.append(trimmed, 0, trimmed.length() - 1);
                continue;
            }
            if (trimmed.endsWith("+")) { //$NON-NLS-1$
                command.append(trimmed, 0, trimmed.length() - 1);
                if (i + 1 < lines.length) {
                    lines[i + 1] = lines[i + 1].stripLeading();
                }
                continue;
            }
            command.append(trimmed);
            String complete = command.toString().strip();
            if (complete.endsWith(";")) { //$NON-NLS-1$
                complete = complete.substring(0, complete.length() - 1);
            }
            command.setLength(0);
            parse(complete, start, true, commands, problems);
        }
        if (command.length() > 0) {
            problems.add(Messages.bind(Messages.Mqsc_unfinished, start));
        }
        return new Result(commands, problems);
    }

    /**
     * DISPLAY output: each record starts at an AMQ message line ("AMQ8878I: Display channel
     * authentication record details.") and its KEYWORD(value) pairs follow. Only records whose first
     * keyword is {@code objectType} are kept.
     */
    public static Result readDisplay(String text, String objectType) {
        List<MqscCommand> commands = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DisplayRecord record : readDisplayRecords(text, problems)) {
            if (record.command().objectType().equals(objectType.toUpperCase(Locale.ROOT))) {
                commands.add(record.command());
            }
        }
        return new Result(commands, problems);
    }

    /** A DISPLAY record with the message line it came under ("AMQ8414I: Display Channel details."). */
    public record DisplayRecord(String header, MqscCommand command) {
    }

    /**
     * Every record of DISPLAY output, whatever its object: the command's object type is its first
     * keyword (QMNAME for DISPLAY QMGR, CHANNEL for channels and channel status), so callers tell
     * them apart by the header.
     */
    public static List<DisplayRecord> readDisplayRecords(String text, List<String> problems) {
        List<DisplayRecord> records = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1); //$NON-NLS-1$
        StringBuilder record = null;
        String header = ""; //$NON-NLS-1$
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : null;
            boolean isHeader = line != null && line.matches("\\s*AMQ\\d{4}[A-Z]:.*"); //$NON-NLS-1$
            if (line == null || isHeader) {
                if (record != null) {
                    displayRecord(header, record, start, records, problems);
                }
                record = isHeader && line.toUpperCase(Locale.ROOT).contains("DETAILS") ? new StringBuilder() : null; //$NON-NLS-1$
                header = isHeader ? line.strip() : ""; //$NON-NLS-1$
                start = i + 2;
                continue;
            }
            boolean echo = line.matches("\\s*\\d+\\s*:.*"); // runmqsc echoing the next command: "     2 : DISPLAY ..." //$NON-NLS-1$
            if (record != null && !echo && line.matches("\\s+\\S.*\\(.*")) { //$NON-NLS-1$
                record.append(' ').append(line.strip());
            } else if (record != null && !line.isBlank()) {
                // runmqsc's closing lines ("One MQSC command read.") end the last record
                displayRecord(header, record, start, records, problems);
                record = null;
            }
        }
        return records;
    }

    private static void displayRecord(String header, StringBuilder record, int start, List<DisplayRecord> records, List<String> problems) {
        List<MqscCommand> parsed = new ArrayList<>();
        parse("DISPLAY " + record.toString().strip(), start, false, parsed, problems); //$NON-NLS-1$
        parsed.forEach(command -> records.add(new DisplayRecord(header, command)));
    }

    /**
     * @param quoted whether values follow MQSC quoting (scripts) or are raw text (DISPLAY output)
     */
    private static void parse(String text, int line, boolean quoted, List<MqscCommand> out, List<String> problems) {
        int i = 0;
        int length = text.length();
        String[] words = new String[2];
        for (int w = 0; w < 2; w++) {
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            int begin = i;
            while (i < length && Character.isLetter(text.charAt(i))) {
                i++;
            }
            words[w] = text.substring(begin, i);
        }
        // objects without a name: ALTER QMGR CHLAUTH(ENABLED), REFRESH SECURITY TYPE(SSL)
        boolean nameless = "QMGR".equalsIgnoreCase(words[1]) || "SECURITY".equalsIgnoreCase(words[1]); //$NON-NLS-1$ //$NON-NLS-2$
        if (words[0].isEmpty() || words[1].isEmpty() || (!nameless && (i >= length || text.charAt(i) != '('))) {
            problems.add(Messages.bind(Messages.Mqsc_notACommand, line, abbreviate(text)));
            return;
        }
        String name = ""; //$NON-NLS-1$
        if (!nameless) {
            Values nameValues = values(text, i + 1, quoted);
            if (nameValues == null) {
                problems.add(Messages.bind(Messages.Mqsc_unbalanced, new Object[] { line, words[1], abbreviate(text) }));
                return;
            }
            name = nameValues.list().isEmpty() ? "" : nameValues.list().get(0); //$NON-NLS-1$
            i = nameValues.end();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        while (true) {
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int begin = i;
            while (i < length && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                i++;
            }
            String keyword = text.substring(begin, i).toUpperCase(Locale.ROOT);
            if (keyword.isEmpty()) {
                problems.add(Messages.bind(Messages.Mqsc_unexpected, new Object[] { line, text.charAt(i), abbreviate(text) }));
                return;
            }
            List<String> list = List.of(); // a bare keyword such as ALL
            if (i < length && text.charAt(i) == '(') {
                Values values = values(text, i + 1, quoted);
                if (values == null) {
                    problems.add(Messages.bind(Messages.Mqsc_unbalanced, new Object[] { line, keyword, abbreviate(text) }));
                    return;
                }
                list = values.list();
                i = values.end();
            }
            if (MqscCommand.REPEATABLE.contains(keyword) && parameters.containsKey(keyword)) {
                List<String> all = new ArrayList<>(parameters.get(keyword));
                all.addAll(list);
                parameters.put(keyword, all);
            } else if (parameters.put(keyword, list) != null) {
                problems.add(Messages.bind(Messages.Mqsc_repeated, line, keyword));
            }
        }
        out.add(new MqscCommand(words[0], words[1], name, parameters, line));
    }

    private record Values(List<String> list, int end) {
    }

    /** The values from just after '(' to the matching ')'; null when the parenthesis never closes. */
    private static Values values(String text, int from, boolean quoted) {
        List<String> list = new ArrayList<>();
        int i = from;
        int length = text.length();
        if (!quoted) {
            int depth = 1;
            while (i < length) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    list.add(text.substring(from, i).strip());
                    return new Values(list, i + 1);
                }
                i++;
            }
            return null;
        }
        StringBuilder value = new StringBuilder();
        boolean wasQuoted = false;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\'') {
                wasQuoted = true;
                int close = i + 1;
                while (true) {
                    close = text.indexOf('\'', close);
                    if (close < 0) {
                        return null;
                    }
                    if (close + 1 < length && text.charAt(close + 1) == '\'') {
                        close += 2;
                        continue;
                    }
                    break;
                }
                value.append(text.substring(i + 1, close).replace("''", "'")); //$NON-NLS-1$ //$NON-NLS-2$
                i = close + 1;
            } else if (c == ',' || c == ')') {
                String v = value.toString();
                list.add(wasQuoted ? v : v.strip().toUpperCase(Locale.ROOT));
                value.setLength(0);
                wasQuoted = false;
                if (c == ')') {
                    if (list.size() == 1 && list.get(0).isEmpty()) {
                        list.clear();
                    }
                    return new Values(list, i + 1);
                }
                i++;
            } else {
                value.append(c);
                i++;
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 77) + "..." : text; //$NON-NLS-1$
    }
}
