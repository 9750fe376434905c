package org.mqsec.core.ams;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.AmsMessages;
import org.mqsec.core.mqsc.MqAttribute;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * AMS policies as SYSIN for z/OS's CSQ0UTIL utility (IBM MQ documentation, "The message security
 * policy utility (CSQ0UTIL)"): setmqspl commands in 80-column records; DNs in double quotes (needed
 * for DNs with blanks, written for every DN); an argument that would pass column 80 continues in
 * column 1 of the next record, which the documentation allows for double-quoted arguments only. So
 * a command longer than one record is laid out so that each record ends inside a quoted DN; the
 * order of the options and DNs is free, and is chosen to make that so. A command no order can lay
 * out that way is refused with what to do, never written in a form CSQ0UTIL may read otherwise.
 */
public final class AmsPolicySysin {

    /** Columns of a SYSIN record. */
    public static final int RECORD = 80;

    public static final String UNSPLITTABLE = "AMS_SYSIN_UNSPLITTABLE"; //$NON-NLS-1$
    public static final String QUOTE_IN_DN = "AMS_SYSIN_QUOTE_IN_DN"; //$NON-NLS-1$

    /** What a command is made of: unquoted words, and one optional double-quoted DN at the end. */
    private record Item(String words, String dn) {
        int length() {
            return words.length() + (dn == null ? 0 : 1 + dn.length() + 2);
        }
    }

    private AmsPolicySysin() {
    }

    /**
     * The SYSIN records that set these policies on a z/OS queue manager (and remove {@code removed}
     * first).
     *
     * @throws IllegalArgumentException with the message of the first finding of {@link #check}
     */
    public static List<String> write(String queueManager, List<AmsPolicy> policies, List<String> removed) {
        List<String> records = new ArrayList<>();
        for (String name : removed) {
            records.addAll(layout(List.of(new Item("setmqspl -m " + queueManager + " -p " + name + " -remove", null)), name)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        for (AmsPolicy policy : policies) {
            List<Finding> findings = check(queueManager, policy);
            if (Finding.hasErrors(findings)) {
                throw new IllegalArgumentException(findings.get(0).message() + ' ' + findings.get(0).fix());
            }
            records.addAll(records(queueManager, policy));
        }
        return records;
    }

    /** What keeps a policy from being written as SYSIN: a DN with a double quote, a command no order lays out in records. */
    public static List<Finding> check(String queueManager, AmsPolicy policy) {
        List<Finding> findings = new ArrayList<>(MqAttribute.QMGR_NAME.check(queueManager, QueueManagerPlatform.ZOS, "CSQ0UTIL")); //$NON-NLS-1$
        for (String dn : concat(policy.signers(), policy.recipients())) {
            if (dn.indexOf('"') >= 0) {
                findings.add(Finding.error(QUOTE_IN_DN, "DN", AmsMessages.bind(AmsMessages.Sysin_quoteInDn, dn), AmsMessages.Sysin_quoteInDnFix)); //$NON-NLS-1$
            }
        }
        if (!Finding.hasErrors(findings) && records(queueManager, policy).isEmpty()) {
            findings.add(Finding.error(UNSPLITTABLE, "POLICY", AmsMessages.bind(AmsMessages.Sysin_unsplittable, policy.name()), //$NON-NLS-1$
                    AmsMessages.Sysin_unsplittableFix));
        }
        return findings;
    }

    /** The records of one setmqspl command, or none when no order of its parts fits the rule. */
    private static List<String> records(String queueManager, AmsPolicy policy) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("-s " + policy.signature().keyword(), null)); //$NON-NLS-1$
        items.add(new Item("-e " + policy.encryption().keyword(), null)); //$NON-NLS-1$
        items.add(new Item("-t " + (policy.tolerate() ? '1' : '0'), null)); //$NON-NLS-1$
        items.add(new Item("-c " + (policy.keyReuse() == AmsPolicy.KEY_REUSE_UNLIMITED ? "*" : Integer.toString(policy.keyReuse())), null)); //$NON-NLS-1$ //$NON-NLS-2$
        policy.signers().forEach(dn -> items.add(new Item("-a", dn))); //$NON-NLS-1$
        policy.recipients().forEach(dn -> items.add(new Item("-r", dn))); //$NON-NLS-1$
        List<Item> ordered = new ArrayList<>();
        ordered.add(new Item("setmqspl -m " + queueManager + " -p " + policy.name(), null)); //$NON-NLS-1$ //$NON-NLS-2$
        int[] budget = { 200_000 };
        if (ordered.get(0).length() > RECORD || !order(ordered, items, budget)) {
            return List.of();
        }
        return layout(ordered, policy.name());
    }

    /**
     * Puts the items in an order in which every record boundary falls inside a quoted DN (depth-first,
     * short of a budget of steps); true when one is found, {@code ordered} then holding it.
     */
    private static boolean order(List<Item> ordered, List<Item> left, int[] budget) {
        if (left.isEmpty()) {
            return true;
        }
        int column = column(ordered);
        for (int i = 0; i < left.size(); i++) {
            if (--budget[0] < 0) {
                return false;
            }
            Item item = left.get(i);
            if (!fits(column, item)) {
                continue;
            }
            ordered.add(item);
            List<Item> rest = new ArrayList<>(left);
            rest.remove(i);
            if (order(ordered, rest, budget)) {
                return true;
            }
            ordered.remove(ordered.size() - 1);
        }
        return false;
    }

    /** The length of the command so far (items joined by one blank). */
    private static int column(List<Item> items) {
        return items.stream().mapToInt(Item::length).sum() + items.size() - 1;
    }

    /**
     * Whether an item placed after {@code column} characters (then a blank) crosses no record
     * boundary outside quotes: the blank before it does not start or end a record, and its words
     * through its opening quote stay on one record. Its DN may run over any number of records.
     */
    private static boolean fits(int column, Item item) {
        int start = column + 1; // offset of its first character, after the blank
        if (start % RECORD == 0 || (start - 1) % RECORD == 0) {
            return false;
        }
        int unquoted = item.dn() == null ? start + item.words().length() - 1 : start + item.words().length() + 1;
        return unquoted / RECORD == start / RECORD;
    }

    /** The command cut into records of {@value #RECORD} columns. */
    private static List<String> layout(List<Item> items, String name) {
        StringBuilder line = new StringBuilder();
        for (Item item : items) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(item.words());
            if (item.dn() != null) {
                line.append(" \"").append(item.dn()).append('"'); //$NON-NLS-1$
            }
        }
        List<String> records = new ArrayList<>();
        for (int at = 0; at < line.length(); at += RECORD) {
            records.add(line.substring(at, Math.min(line.length(), at + RECORD)));
        }
        return records;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The setmqspl commands of a CSQ0UTIL SYSIN (or its EXPORT data set): a record that ends inside
     * double quotes continues in column 1 of the next; other records are commands of their own.
     *
     * @throws IllegalArgumentException naming the record and what in it is not setmqspl's
     */
    public static List<AmsPolicyText.Command> read(String text) {
        List<AmsPolicyText.Command> commands = new ArrayList<>();
        String[] records = text.split("\\R", -1); //$NON-NLS-1$
        StringBuilder command = new StringBuilder();
        int first = 0;
        for (int number = 1; number <= records.length; number++) {
            String record = records[number - 1];
            if (command.length() == 0) {
                first = number;
                if (record.isBlank() || record.startsWith("*") || record.startsWith("/*") || record.startsWith("//")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    continue;
                }
            }
            command.append(record);
            if (openQuote(command)) {
                continue;
            }
            List<String> words = words(command.toString().strip());
            command.setLength(0);
            if (!words.isEmpty() && "setmqspl".equals(words.get(0))) { //$NON-NLS-1$
                commands.add(AmsPolicyText.command(words, first));
            }
        }
        if (command.length() > 0) {
            throw new IllegalArgumentException(AmsMessages.bind(AmsMessages.Text_line, first, AmsMessages.Text_unclosedQuote));
        }
        return commands;
    }

    private static boolean openQuote(CharSequence text) {
        return text.chars().filter(c -> c == '"').count() % 2 == 1;
    }

    /** Blank-separated words; a double-quoted word keeps its blanks and loses its quotes. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
            } else if (text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                words.add(text.substring(i + 1, end));
                i = end + 1;
            } else {
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                words.add(text.substring(i, end));
                i = end;
            }
        }
        return words;
    }
}
