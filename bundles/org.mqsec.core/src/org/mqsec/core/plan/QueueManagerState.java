package org.mqsec.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import org.mqsec.core.chlauth.ChlauthLint;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.tls.QueueManagerPlatform;

/**
 * A queue manager's security state as read from it (PCF), from a dmpmqcfg dump or from runmqsc
 * DISPLAY output: its security attributes, channels, CHLAUTH records, AUTHINFO objects, AMS policies
 * and running channels, with what could not be read.
 *
 * @param source   where it was read from, for people ("QM1 on mq1.example.com(1414)", "dump.mqsc")
 * @param problems what could not be read, never dropped silently
 */
public record QueueManagerState(String source, MqObject queueManager, List<MqObject> channels, List<ChlauthRecord> chlauth,
        List<MqObject> authinfos, List<MqObject> policies, List<MqObject> channelStatus, List<Finding> problems) {

    public QueueManagerState {
        queueManager = queueManager == null ? new MqObject(MqObjectType.QMGR, "", Map.of()) : queueManager; //$NON-NLS-1$
        channels = List.copyOf(channels);
        chlauth = List.copyOf(chlauth);
        authinfos = List.copyOf(authinfos);
        policies = List.copyOf(policies);
        channelStatus = List.copyOf(channelStatus);
        problems = List.copyOf(problems);
    }

    /** The queue manager's name ("" if nothing said it). */
    public String name() {
        return queueManager.name();
    }

    /** z/OS when PLATFORM is MVS, else Multiplatforms. */
    public QueueManagerPlatform platform() {
        return "MVS".equals(queueManager.valueOr("PLATFORM", "")) ? QueueManagerPlatform.ZOS : QueueManagerPlatform.MULTIPLATFORMS; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public Optional<MqObject> channel(String name) {
        return find(channels, name);
    }

    public Optional<MqObject> policy(String name) {
        return find(policies, name);
    }

    public Optional<MqObject> authinfo(String name) {
        return find(authinfos, name);
    }

    /** Whether KEYRPWD holds a password (the value itself is never kept). */
    public boolean keyRepositoryPasswordSet() {
        return queueManager.value("KEYRPWD").isPresent(); //$NON-NLS-1$
    }

    /** CHLAUTH(DISABLED) on the queue manager. */
    public boolean chlauthDisabled() {
        return "DISABLED".equals(queueManager.valueOr("CHLAUTH", "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * What in this state leaves the queue manager open or would be refused: each channel's security
     * attributes (the checks a plan makes of a channel it defines), the CHLAUTH records as a set
     * (lint). What could not be read is in {@link #problems()}.
     *
     * @param privilegedUsers who *MQADMIN stands for
     */
    public List<Finding> findings(Set<String> privilegedUsers) {
        List<Finding> findings = new ArrayList<>();
        for (MqObject channel : channels) {
            findings.addAll(Plan.channelRisks(channel.valueOr("CHLTYPE", ""), channel.attributes(), true, //$NON-NLS-1$ //$NON-NLS-2$
                    NLS.bind(PlanMessages.State_channel, channel.name())));
        }
        if (!chlauth.isEmpty() || chlauthDisabled()) {
            findings.addAll(ChlauthLint.lint(chlauth, chlauthDisabled(), privilegedUsers));
        }
        return findings;
    }

    private static Optional<MqObject> find(List<MqObject> objects, String name) {
        return objects.stream().filter(o -> o.name().equals(name)).findFirst();
    }
}
