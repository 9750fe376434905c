package org.mqsec.core.ams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mqsec.core.config.ShellWords;
import org.mqsec.core.internal.AmsMessages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.plan.MqObject;
import org.mqsec.core.plan.QueueManagerStateReader;

/**
 * AMS policies as administrators meet them outside MQSC: {@code setmqspl} command lines (written
 * with shell quoting, read back, and what {@code dspmqspl -export} prints) and {@code dspmqspl}'s
 * report (IBM MQ 9.2 documentation's format: "Policy Details:" blocks, DN lists one per line or
 * {@code -}).
 */
public final class AmsPolicyText {

    private static final String SETMQSPL = "setmqspl"; //$NON-NLS-1$

    /** One setmqspl command: the policy it sets, or the name of the one it removes. */
    public record Command(String queueManager, AmsPolicy policy, String removed) {
    }

    private AmsPolicyText() {
    }

    /**
     * The policies in any text an administrator has of them: {@code dspmqspl} output, setmqspl
     * lines ({@code dspmqspl -export}), z/OS CSQ0UTIL SYSIN, or MQSC (DISPLAY POLICY output, a dmpmqcfg dump, SET POLICY
     * commands).
     *
     * @param source where the text came from, for messages
     * @throws IllegalArgumentException naming what in the text is not what its format allows
     */
    public static List<AmsPolicy> parse(String text, String source) {
        List<AmsPolicy> policies = new ArrayList<>();
        if (text.contains("Policy Details:")) { //$NON-NLS-1$
            policies.addAll(parseDspmqspl(text));
        } else if (text.lines().anyMatch(line -> line.startsWith("//") || line.chars().filter(c -> c == '"').count() % 2 == 1)) { //$NON-NLS-1$
            // CSQ0UTIL SYSIN (in its JCL, or records that continue a double-quoted DN)
            AmsPolicySysin.read(text).stream().filter(c -> c.policy() != null).forEach(c -> policies.add(c.policy()));
        } else if (text.lines().anyMatch(line -> line.strip().startsWith(SETMQSPL + ' '))) {
            parseSetmqspl(text).stream().filter(c -> c.policy() != null).forEach(c -> policies.add(c.policy()));
        } else {
            for (MqObject object : QueueManagerStateReader.read(text, source).policies()) {
                policies.add(AmsPolicy.of(object.name(), object.attributes()));
            }
        }
        return policies;
    }

    /** {@code setmqspl} with every attribute, as a change must be made (setmqspl replaces the policy). */
    public static String setmqspl(String queueManager, AmsPolicy policy) {
        StringBuilder line = new StringBuilder(SETMQSPL).append(" -m ").append(word(queueManager, "-m")).append(" -p ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(word(policy.name(), "-p")); //$NON-NLS-1$
        line.append(" -s ").append(policy.signature().keyword()).append(" -e ").append(policy.encryption().keyword()); //$NON-NLS-1$ //$NON-NLS-2$
        policy.signers().forEach(dn -> line.append(" -a ").append(ShellWords.quote(MqAttribute.requireNoControlCharacter("-a", dn)))); //$NON-NLS-1$ //$NON-NLS-2$
        policy.recipients().forEach(dn -> line.append(" -r ").append(ShellWords.quote(MqAttribute.requireNoControlCharacter("-r", dn)))); //$NON-NLS-1$ //$NON-NLS-2$
        line.append(" -t ").append(policy.tolerate() ? '1' : '0'); //$NON-NLS-1$
        line.append(" -c ").append(policy.keyReuse() == AmsPolicy.KEY_REUSE_UNLIMITED ? "'*'" : Integer.toString(policy.keyReuse())); //$NON-NLS-1$ //$NON-NLS-2$
        return line.toString();
    }

    public static String setmqsplRemove(String queueManager, String name) {
        return SETMQSPL + " -m " + word(queueManager, "-m") + " -p " + word(name, "-p") + " -remove"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }

    /** A queue manager or queue name: MQ's characters need no quoting; anything else is quoted, never run. */
    private static String word(String value, String option) {
        MqAttribute.requireNoControlCharacter(option, value);
        return value.matches("[A-Za-z0-9._%/]+") ? value : ShellWords.quote(value); //$NON-NLS-1$
    }

    /**
     * The setmqspl commands in a script or {@code dspmqspl -export} output; other lines (comments,
     * blank lines) are passed over.
     *
     * @throws IllegalArgumentException naming the line and what in it is not setmqspl's
     */
    public static List<Command> parseSetmqspl(String text) {
        List<Command> commands = new ArrayList<>();
        String[] lines = text.split("\\R"); //$NON-NLS-1$
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            List<String> words;
            try {
                words = ShellWords.split(line);
            } catch (IllegalArgumentException e) {
                throw bad(number, AmsMessages.Text_unclosedQuote);
            }
            if (words.isEmpty() || !SETMQSPL.equals(words.get(0))) {
                continue;
            }
            commands.add(command(words, number));
        }
        return commands;
    }

    static Command command(List<String> words, int number) {
        String queueManager = null;
        String name = null;
        boolean remove = false;
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String option = words.get(i);
            if ("-remove".equals(option)) { //$NON-NLS-1$
                remove = true;
                continue;
            }
            if (i + 1 >= words.size()) {
                throw bad(number, AmsMessages.bind(AmsMessages.Text_noValue, option));
            }
            String value = words.get(++i);
            switch (option) {
                case "-m" -> queueManager = value; //$NON-NLS-1$
                case "-p" -> name = value; //$NON-NLS-1$
                case "-s" -> attributes.put("SIGNALG", List.of(value)); //$NON-NLS-1$ //$NON-NLS-2$
                case "-e" -> attributes.put("ENCALG", List.of(value)); //$NON-NLS-1$ //$NON-NLS-2$
                case "-a" -> attributes.computeIfAbsent("SIGNER", k -> new ArrayList<>()).add(value); //$NON-NLS-1$ //$NON-NLS-2$
                case "-r" -> attributes.computeIfAbsent("RECIP", k -> new ArrayList<>()).add(value); //$NON-NLS-1$ //$NON-NLS-2$
                case "-t" -> attributes.put("ENFORCE", List.of("1".equals(value) ? "TOLERATE" : "ENFORCE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                case "-c" -> attributes.put("KEYREUSE", List.of(value)); //$NON-NLS-1$ //$NON-NLS-2$
                default -> throw bad(number, AmsMessages.bind(AmsMessages.Text_unknownOption, option));
            }
        }
        if (queueManager == null || name == null) {
            throw bad(number, AmsMessages.Text_noNames);
        }
        try {
            return remove ? new Command(queueManager, null, name) : new Command(queueManager, AmsPolicy.of(name, attributes), null);
        } catch (IllegalArgumentException e) {
            throw bad(number, e.getMessage());
        }
    }

    /**
     * The policies of {@code dspmqspl}'s report.
     *
     * @throws IllegalArgumentException naming the line that is not part of the report
     */
    public static List<AmsPolicy> parseDspmqspl(String text) {
        List<AmsPolicy> policies = new ArrayList<>();
        String name = null;
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        String list = null;
        String[] lines = text.split("\\R"); //$NON-NLS-1$
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.replace(" ", "").matches("-{3,}")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                continue;
            }
            if (line.equals("Policy Details:")) { //$NON-NLS-1$
                if (name != null) {
                    policies.add(policy(name, attributes, number));
                }
                name = null;
                attributes = new LinkedHashMap<>();
                list = null;
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip(); //$NON-NLS-1$
            String value = colon < 0 ? "" : line.substring(colon + 1).strip(); //$NON-NLS-1$
            String keyword = switch (key) {
                case "Policy name" -> "NAME"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Quality of protection" -> "QOP"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Signature algorithm" -> "SIGNALG"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Encryption algorithm" -> "ENCALG"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Signer DNs" -> "SIGNER"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Recipient DNs" -> "RECIP"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Toleration" -> "ENFORCE"; //$NON-NLS-1$ //$NON-NLS-2$
                case "Key Reuse Count", "Key reuse count" -> "KEYREUSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                default -> null;
            };
            if (keyword == null) {
                if (list == null || name == null) {
                    throw bad(number, AmsMessages.Text_notReport);
                }
                attributes.computeIfAbsent(list, k -> new ArrayList<>()).add(line); // one DN of the list above
                continue;
            }
            list = null;
            switch (keyword) {
                case "NAME" -> name = value; //$NON-NLS-1$
                case "QOP" -> { //$NON-NLS-1$
                    // derived from the algorithms; checked when the policy is complete
                    attributes.put("QOP", List.of(value)); //$NON-NLS-1$
                }
                case "SIGNER", "RECIP" -> { //$NON-NLS-1$ //$NON-NLS-2$
                    attributes.put(keyword, new ArrayList<>());
                    if (!value.isEmpty() && !"-".equals(value)) { //$NON-NLS-1$
                        attributes.get(keyword).add(value);
                    }
                    list = "-".equals(value) ? null : keyword; //$NON-NLS-1$
                }
                case "ENFORCE" -> attributes.put(keyword, List.of("1".equals(value) ? "TOLERATE" : "ENFORCE")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                default -> attributes.put(keyword, List.of(value));
            }
        }
        if (name != null) {
            policies.add(policy(name, attributes, lines.length));
        }
        return policies;
    }

    private static AmsPolicy policy(String name, Map<String, List<String>> attributes, int number) {
        List<String> quality = attributes.remove("QOP"); //$NON-NLS-1$
        AmsPolicy policy;
        try {
            policy = AmsPolicy.of(name, attributes);
        } catch (IllegalArgumentException e) {
            throw bad(number, e.getMessage());
        }
        if (quality != null && !quality.get(0).equals(policy.protection().name())) {
            throw bad(number, AmsMessages.bind(AmsMessages.Text_protectionDiffers, new Object[] { name, quality.get(0), policy.protection() }));
        }
        return policy;
    }

    private static IllegalArgumentException bad(int line, String what) {
        return new IllegalArgumentException(AmsMessages.bind(AmsMessages.Text_line, line, what));
    }
}
