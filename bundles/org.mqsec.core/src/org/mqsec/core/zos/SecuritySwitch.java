package org.mqsec.core.zos;

import java.util.Locale;
import java.util.Optional;

import org.mqsec.core.findings.Severity;
import org.mqsec.core.internal.ZosMessages;

/**
 * The security switches of a z/OS queue manager, as DISPLAY SECURITY names them, with the profile in
 * MQADMIN (or MXADMIN) that turns each off (reference mq-security.md §6.2, from IBM's DISPLAY
 * SECURITY sample: note {@code NO.COMMAND.CHECKS}, not {@code NO.CMD.CHECKS}), and how much it
 * matters when it is off.
 */
public enum SecuritySwitch {
    SUBSYSTEM("SUBSYSTEM", "NO.SUBSYS.SECURITY", Severity.ERROR), //$NON-NLS-1$ //$NON-NLS-2$
    QMGR("QMGR", "NO.QMGR.CHECKS", Severity.INFO), //$NON-NLS-1$ //$NON-NLS-2$
    QSG("QSG", "NO.QSG.CHECKS", Severity.INFO), //$NON-NLS-1$ //$NON-NLS-2$
    CONNECTION("CONNECTION", "NO.CONNECT.CHECKS", Severity.WARNING), //$NON-NLS-1$ //$NON-NLS-2$
    COMMAND("COMMAND", "NO.COMMAND.CHECKS", Severity.WARNING), //$NON-NLS-1$ //$NON-NLS-2$
    CONTEXT("CONTEXT", "NO.CONTEXT.CHECKS", Severity.WARNING), //$NON-NLS-1$ //$NON-NLS-2$
    ALTERNATE_USER("ALTERNATE USER", "NO.ALTERNATE.USER.CHECKS", Severity.WARNING), //$NON-NLS-1$ //$NON-NLS-2$
    PROCESS("PROCESS", "NO.PROCESS.CHECKS", Severity.INFO), //$NON-NLS-1$ //$NON-NLS-2$
    NAMELIST("NAMELIST", "NO.NLIST.CHECKS", Severity.INFO), //$NON-NLS-1$ //$NON-NLS-2$
    QUEUE("QUEUE", "NO.QUEUE.CHECKS", Severity.WARNING), //$NON-NLS-1$ //$NON-NLS-2$
    TOPIC("TOPIC", "NO.TOPIC.CHECKS", Severity.WARNING), //$NON-NLS-1$ //$NON-NLS-2$
    COMMAND_RESOURCES("COMMAND RESOURCES", "NO.CMD.RESC.CHECKS", Severity.WARNING); //$NON-NLS-1$ //$NON-NLS-2$

    private final String displayName;
    private final String profileSuffix;
    private final Severity whenOff;

    SecuritySwitch(String displayName, String profileSuffix, Severity whenOff) {
        this.displayName = displayName;
        this.profileSuffix = profileSuffix;
        this.whenOff = whenOff;
    }

    /** The name DISPLAY SECURITY writes: "ALTERNATE USER". */
    public String displayName() {
        return displayName;
    }

    /** The profile that turns the switch off for queue manager (or QSG) {@code hlq}: "CSQ1.NO.QUEUE.CHECKS". */
    public String offProfile(String hlq) {
        return hlq + '.' + profileSuffix;
    }

    /** What the switch being on or off means, in words. */
    public String explanation(boolean on) {
        return ZosMessages.text("Switch_" + name() + (on ? "_on" : "_off")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** How much an administrator should worry when the switch is off. */
    public Severity whenOff() {
        return whenOff;
    }

    /** The switch of a DISPLAY SECURITY name or an enum name ("ALTERNATE USER", "alternate_user"). */
    public static Optional<SecuritySwitch> named(String name) {
        String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll(" +", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (SecuritySwitch value : values()) {
            if (value.displayName.equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
