package org.mqsec.core.chlauth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.Messages;
import org.mqsec.core.mqsc.MqscCommand;

/**
 * Mistakes in a set of channel authentication records that MQ accepts but that leave a queue
 * manager open, or that MQ would refuse when the set is applied (overlapping address ranges, MQRCCF
 * 3343). Each finding says what to do.
 */
public final class ChlauthLint {

    /** Finding codes, stable for tests and scripts. */
    public static final String DISABLED = "CHLAUTH_LINT_DISABLED"; //$NON-NLS-1$
    public static final String NO_BACKSTOP = "CHLAUTH_LINT_NO_BACKSTOP"; //$NON-NLS-1$
    public static final String SYSTEM_OPEN = "CHLAUTH_LINT_SYSTEM_OPEN"; //$NON-NLS-1$
    public static final String NO_MQADMIN_BLOCK = "CHLAUTH_LINT_NO_MQADMIN_BLOCK"; //$NON-NLS-1$
    public static final String PRIVILEGED_MCAUSER = "CHLAUTH_LINT_PRIVILEGED_MCAUSER"; //$NON-NLS-1$
    public static final String CHANNEL_USER = "CHLAUTH_LINT_CHANNEL_USER"; //$NON-NLS-1$
    public static final String NO_SSLCERTI = "CHLAUTH_LINT_NO_SSLCERTI"; //$NON-NLS-1$
    public static final String WARN_YES = "CHLAUTH_LINT_WARN_YES"; //$NON-NLS-1$
    public static final String RANGE_CONFLICT = "CHLAUTH_LINT_RANGE_CONFLICT"; //$NON-NLS-1$

    private ChlauthLint() {
    }

    /**
     * @param chlauthDisabled whether the queue manager has CHLAUTH(DISABLED), if the input says so
     * @param privilegedUsers the users *MQADMIN stands for (mqm, root...), lower case
     */
    public static List<Finding> lint(List<ChlauthRecord> records, boolean chlauthDisabled, Set<String> privilegedUsers) {
        List<Finding> findings = new ArrayList<>();
        if (chlauthDisabled) {
            findings.add(Finding.error(DISABLED, "CHLAUTH", Messages.Lint_disabled, Messages.Lint_disabledFix));
        }
        if (records.stream().noneMatch(r -> isBlockAll(r, "*"))) { //$NON-NLS-1$
            findings.add(Finding.warning(NO_BACKSTOP, "CHLAUTH", Messages.Lint_noBackstop, Messages.Lint_noBackstopFix));
        }
        if (records.stream().noneMatch(r -> isBlockAll(r, "SYSTEM.*")) && records.stream().noneMatch(r -> isBlockAll(r, "*"))) { //$NON-NLS-1$ //$NON-NLS-2$
            findings.add(Finding.warning(SYSTEM_OPEN, "CHLAUTH", Messages.Lint_systemOpen, Messages.Lint_systemOpenFix));
        }
        if (records.stream().noneMatch(r -> r.type() == ChlauthType.BLOCKUSER && "*".equals(r.profile()) //$NON-NLS-1$
                && r.userList().stream().anyMatch("*MQADMIN"::equalsIgnoreCase))) { //$NON-NLS-1$
            findings.add(Finding.warning(NO_MQADMIN_BLOCK, "CHLAUTH", Messages.Lint_noMqadmin, Messages.Lint_noMqadminFix));
        }
        for (ChlauthRecord record : records) {
            findings.addAll(lint(record, privilegedUsers));
        }
        findings.addAll(rangeConflicts(records));
        return findings;
    }

    /** What is risky in one record on its own: shown beside the record in the editor. */
    public static List<Finding> lint(ChlauthRecord record, Set<String> privilegedUsers) {
        List<Finding> findings = new ArrayList<>();
        String name = record.describe();
        if (record.type().isMapping() && "MAP".equals(record.userSource()) //$NON-NLS-1$
                && privilegedUsers.contains(record.mcaUser().toLowerCase(Locale.ROOT))) {
            findings.add(Finding.error(PRIVILEGED_MCAUSER, "CHLAUTH", Messages.bind(Messages.Lint_privilegedMcauser, name, record.mcaUser()),
                    Messages.Lint_privilegedMcauserFix));
        }
        // IBM's SYSTEM.ADMIN.SVRCONN default does this on purpose, behind *MQADMIN and CONNAUTH
        if (record.type().isMapping() && "CHANNEL".equals(record.userSource()) //$NON-NLS-1$
                && !ChlauthRecordSet.isQueueManagerDefault(record)) {
            findings.add(Finding.warning(CHANNEL_USER, "CHLAUTH", Messages.bind(Messages.Lint_channelUser, name), Messages.Lint_channelUserFix));
        }
        if (record.type() == ChlauthType.SSLPEERMAP && record.sslCertIssuer().isEmpty()) {
            findings.add(Finding.warning(NO_SSLCERTI, "CHLAUTH", Messages.bind(Messages.Lint_noIssuer, name), Messages.Lint_noIssuerFix));
        }
        if (record.warn()) {
            findings.add(Finding.warning(WARN_YES, "CHLAUTH", Messages.bind(Messages.Lint_warnYes, name), Messages.Lint_warnYesFix));
        }
        return findings;
    }

    private static boolean isBlockAll(ChlauthRecord record, String profile) {
        return record.type() == ChlauthType.ADDRESSMAP && profile.equals(record.profile())
                && "*".equals(record.address()) && "NOACCESS".equals(record.userSource()) && !record.warn(); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Two address ranges of one profile and type must be disjoint or one must contain the other;
     * otherwise MQ refuses the second (MQRCCF_IPADDR_RANGE_CONFLICT, 3343). Checked for IPv4 patterns
     * that differ only in one range part.
     */
    private static List<Finding> rangeConflicts(List<ChlauthRecord> records) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            for (int j = i + 1; j < records.size(); j++) {
                ChlauthRecord a = records.get(i);
                ChlauthRecord b = records.get(j);
                if (a.type() == b.type() && a.profile().equals(b.profile()) && partialOverlap(a.address(), b.address())) {
                    findings.add(Finding.error(RANGE_CONFLICT, "CHLAUTH", Messages.bind(Messages.Lint_rangeConflict, new Object[] { a.profile(),
                            a.address(), b.address() }), Messages.Lint_rangeConflictFix));
                }
            }
        }
        return findings;
    }

    private static boolean partialOverlap(String first, String second) {
        String[] a = first.split("\\."); //$NON-NLS-1$
        String[] b = second.split("\\."); //$NON-NLS-1$
        if (a.length != 4 || b.length != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (a[k].equals(b[k])) {
                continue;
            }
            int[] x = ChlauthPatterns.AddressPattern.bounds(a[k]);
            int[] y = ChlauthPatterns.AddressPattern.bounds(b[k]);
            if (x == ChlauthPatterns.AddressPattern.NOTHING || y == ChlauthPatterns.AddressPattern.NOTHING) {
                return false;
            }
            boolean disjoint = x[1] < y[0] || y[1] < x[0];
            boolean nested = (x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1]);
            // only this part differs when all the others are equal
            for (int m = k + 1; m < 4; m++) {
                if (!a[m].equals(b[m])) {
                    return false;
                }
            }
            return !disjoint && !nested;
        }
        return false;
    }

    /** Whether MQSC input holds ALTER QMGR or DISPLAY QMGR output with CHLAUTH(DISABLED). */
    public static boolean disabledIn(List<MqscCommand> commands) {
        return commands.stream().anyMatch(c -> "QMGR".equals(c.objectType()) //$NON-NLS-1$
                && "DISABLED".equalsIgnoreCase(c.value("CHLAUTH").orElse(""))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
