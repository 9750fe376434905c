package org.mqsec.core.mqsc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One MQSC command or DISPLAY record: verb, object type, object name and keyword(value) pairs.
 * Keywords are held upper case; values as MQ would hold them (quoted values exactly, unquoted values
 * upper case). {@link #toString()} writes it back as MQSC in which every string is quoted, so no
 * value can break out of its parentheses; a value with a control character (a line break would
 * start another command) is refused when the command is built ({@link RefusedValueException}).
 */
public final class MqscCommand {

    private final String verb;
    private final String objectType;
    private final String name;
    private final Map<String, List<String>> parameters;
    private final int line;
    /** Keywords set with {@link #keyword}: their values are MQSC words or numbers, written unquoted. */
    private final java.util.Set<String> bare = new java.util.HashSet<>();
    /** Keywords set with {@link #repeated}: written once per value, SIGNER('a') SIGNER('b'). */
    private final java.util.Set<String> repeated = new java.util.HashSet<>();

    public MqscCommand(String verb, String objectType, String name, Map<String, List<String>> parameters, int line) {
        this.verb = verb.toUpperCase(Locale.ROOT);
        this.objectType = objectType.toUpperCase(Locale.ROOT);
        this.name = name;
        this.parameters = new LinkedHashMap<>(parameters);
        this.line = line;
    }

    /**
     * A command to build: add parameters with {@link #keyword}, {@link #number}, {@link #flag} and
     * {@link #string}. {@code name} null writes no name: ALTER QMGR, REFRESH SECURITY.
     */
    public static MqscCommand of(String verb, String objectType, String name) {
        return new MqscCommand(verb, objectType, MqAttribute.requireNoControlCharacter(objectType, name), Map.of(), 0);
    }

    public String verb() {
        return verb;
    }

    public String objectType() {
        return objectType;
    }

    public String name() {
        return name;
    }

    /** Line of the input the command started on (1-based), 0 for built commands. */
    public int line() {
        return line;
    }

    public Map<String, List<String>> parameters() {
        return parameters;
    }

    public Optional<String> value(String keyword) {
        List<String> values = parameters.get(keyword.toUpperCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    public List<String> values(String keyword) {
        return parameters.getOrDefault(keyword.toUpperCase(Locale.ROOT), List.of());
    }

    /** A keyword value written unquoted (TYPE(ADDRESSMAP)); only for MQ's own keywords. */
    public MqscCommand keyword(String keyword, String value) {
        MqAttribute.requireNoControlCharacter(keyword, value);
        parameters.put(keyword.toUpperCase(Locale.ROOT), List.of(value.toUpperCase(Locale.ROOT)));
        bare.add(keyword.toUpperCase(Locale.ROOT));
        return this;
    }

    /** A number, written unquoted: MAXINST(10). */
    public MqscCommand number(String keyword, long value) {
        return keyword(keyword, Long.toString(value));
    }

    /** A keyword without a value: REPLACE. */
    public MqscCommand flag(String keyword) {
        parameters.put(keyword.toUpperCase(Locale.ROOT), List.of());
        return this;
    }

    /** A string value, always written quoted: user text, names, patterns, lists. */
    public MqscCommand string(String keyword, String... values) {
        for (String value : values) {
            MqAttribute.requireNoControlCharacter(keyword, value);
        }
        parameters.put(keyword.toUpperCase(Locale.ROOT), new ArrayList<>(List.of(values)));
        return this;
    }

    /** A keyword that MQSC repeats once per value (SET POLICY SIGNER, RECIP), each value quoted. */
    public MqscCommand repeated(String keyword, String... values) {
        string(keyword, values);
        repeated.add(keyword.toUpperCase(Locale.ROOT));
        return this;
    }

    /** Keywords that may appear more than once in one command; the reader collects their values. */
    public static final java.util.Set<String> REPEATABLE = java.util.Set.of("SIGNER", "RECIP"); //$NON-NLS-1$ //$NON-NLS-2$

    /** {@code 'value'} with every single quote doubled: MQSC's only escape, so the value cannot end early. */
    public static String quote(String value) {
        return "'" + value.replace("'", "''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static final java.util.Set<String> KEYWORD_VALUED = java.util.Set.of("TYPE", "USERSRC", "WARN", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "CHCKCLNT", "ACTION", "MATCH", "CHLTYPE", "SSLCAUTH", "TRPTYPE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    /**
     * The command as separate words, each of which MQSC lets a line break follow: the verb, the
     * object with its name, and each KEYWORD(value). {@link #toString()} joins them with blanks.
     */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        String text = toString();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ' ') {
                words.add(text.substring(start, i));
                start = i + 1;
            }
        }
        words.add(text.substring(start));
        return words;
    }

    @Override
    public String toString() {
        // commands read from a file or a PCF reply were not built through string(): check them here too
        MqAttribute.requireNoControlCharacter(objectType, name);
        parameters.forEach((keyword, values) -> values.forEach(v -> MqAttribute.requireNoControlCharacter(keyword, v)));
        StringBuilder text = new StringBuilder(verb).append(' ').append(objectType);
        if (name != null) {
            text.append('(').append(quote(name)).append(')');
        }
        parameters.forEach((keyword, values) -> {
            if (repeated.contains(keyword)) {
                values.forEach(value -> text.append(' ').append(keyword).append('(').append(quote(value)).append(')'));
                return;
            }
            text.append(' ').append(keyword);
            if (values.isEmpty()) {
                return;
            }
            text.append('(');
            boolean bare = KEYWORD_VALUED.contains(keyword) || this.bare.contains(keyword);
            for (int i = 0; i < values.size(); i++) {
                text.append(i == 0 ? "" : ",").append(bare ? values.get(i) : quote(values.get(i))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            text.append(')');
        });
        return text.toString();
    }
}
