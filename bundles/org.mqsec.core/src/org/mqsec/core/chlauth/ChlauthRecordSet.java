package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.List;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqscReader;

/**
 * A queue manager's channel authentication records as read from `DISPLAY CHLAUTH(*) ALL` output, a
 * dmpmqcfg dump or an MQSC script (pasted or from a file), with what could not be read, by line.
 * Records MQ would refuse are kept, so that they can be shown and mended; the problems say why.
 *
 * @param unreadable      lines that could not be read, and records left out because they could not be
 *                        (no valid TYPE)
 * @param refused         why MQ would refuse records that were read and kept (errors only)
 * @param chlauthDisabled the input holds CHLAUTH(DISABLED) for the queue manager
 */
public record ChlauthRecordSet(List<ChlauthRecord> records, List<Finding> unreadable, List<Finding> refused,
        boolean chlauthDisabled) {

    /** IBM's three records of a new queue manager (mq-security.md 2.5), as SET CHLAUTH. */
    public static final String QUEUE_MANAGER_DEFAULTS = String.join("\n", //$NON-NLS-1$
            "SET CHLAUTH('SYSTEM.ADMIN.SVRCONN') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(CHANNEL) CHCKCLNT(ASQMGR) DESCR('Default rule to allow MQ Explorer access')", //$NON-NLS-1$
            "SET CHLAUTH('SYSTEM.*') TYPE(ADDRESSMAP) ADDRESS('*') USERSRC(NOACCESS) WARN(NO) DESCR('Default rule to disable all SYSTEM channels')", //$NON-NLS-1$
            "SET CHLAUTH('*') TYPE(BLOCKUSER) USERLIST('*MQADMIN') WARN(NO) DESCR('Default rule to disallow privileged users')"); //$NON-NLS-1$

    public ChlauthRecordSet {
        records = List.copyOf(records);
        unreadable = List.copyOf(unreadable);
        refused = List.copyOf(refused);
    }

    /** Everything wrong with the input, by line. */
    public List<Finding> problems() {
        List<Finding> problems = new ArrayList<>(unreadable);
        problems.addAll(refused);
        return problems;
    }

    public static ChlauthRecordSet read(String text) {
        MqscReader.Result read = text.contains("AMQ8878I") ? MqscReader.readDisplay(text, "CHLAUTH") //$NON-NLS-1$ //$NON-NLS-2$
                : MqscReader.readScript(text);
        List<Finding> unreadable = new ArrayList<>();
        List<Finding> refused = new ArrayList<>();
        read.problems().forEach(problem -> unreadable.add(Finding.error(problem, Messages.RecordSet_unreadableFix)));
        List<ChlauthRecord> records = new ArrayList<>();
        for (var command : read.commands()) {
            if (!"CHLAUTH".equals(command.objectType())) { //$NON-NLS-1$
                continue; // a dmpmqcfg dump holds other objects too
            }
            ChlauthRecord.Parsed parsed = ChlauthRecord.from(command);
            parsed.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .forEach((parsed.record() == null ? unreadable : refused)::add);
            if (parsed.record() != null) {
                records.add(parsed.record());
            }
        }
        return new ChlauthRecordSet(records, unreadable, refused, ChlauthLint.disabledIn(read.commands()));
    }

    /** The records of a new queue manager, read once. */
    public static ChlauthRecordSet queueManagerDefaults() {
        return Defaults.SET;
    }

    /**
     * Whether a record is one of IBM's three defaults as a new queue manager has it: same profile,
     * type, matching attributes and outcome (the description may differ).
     */
    public static boolean isQueueManagerDefault(ChlauthRecord record) {
        return Defaults.RECORDS.stream().anyMatch(d -> d.equals(record.withDescription(d.description())));
    }

    /** Read on first use: reading needs the class above to be initialised. */
    private static final class Defaults {
        static final ChlauthRecordSet SET = read(QUEUE_MANAGER_DEFAULTS);
        static final List<ChlauthRecord> RECORDS = SET.records();
    }

    /** The set as an MQSC script that recreates it: one SET CHLAUTH ... ACTION(REPLACE) per record. */
    public String toMqsc() {
        StringBuilder script = new StringBuilder();
        for (ChlauthRecord record : records) {
            script.append(record.toMqsc()).append('\n');
        }
        return script.toString();
    }
}
