package org.mqsec.core.plan;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.mqsec.core.findings.Finding;
import org.mqsec.core.internal.PlanMessages;

/**
 * A queue manager's security state as plain text for people (mqsec qmgr show, the Queue Managers
 * view): its attributes, each channel with the attributes that matter for security, the CHLAUTH
 * records as MQSC, AUTHINFO objects, AMS policies, running channels, and what could not be read.
 */
public final class QueueManagerStateText {

    /** The channel attributes shown beside each channel's name. */
    private static final List<String> CHANNEL_ATTRIBUTES = List.of("CHLTYPE", "SSLCIPH", "SSLCAUTH", "SSLPEER", "MCAUSER"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private QueueManagerStateText() {
    }

    /** The state, then its findings ({@link QueueManagerState#findings}) one a line. */
    public static String render(QueueManagerState state, List<Finding> findings) {
        StringBuilder text = new StringBuilder(render(state));
        if (!findings.isEmpty()) {
            line(text, PlanMessages.State_findings);
            findings.forEach(finding -> line(text, "  " + finding)); //$NON-NLS-1$
        }
        return text.toString();
    }

    public static String render(QueueManagerState state) {
        StringBuilder text = new StringBuilder();
        line(text, NLS.bind(PlanMessages.State_queueManager, state.name(), state.source()));
        state.queueManager().attributes().forEach((keyword, values) -> line(text, "  " + keyword + "(" + String.join(",", values) + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        line(text, NLS.bind(PlanMessages.State_channels, state.channels().size()));
        for (MqObject channel : state.channels()) {
            StringBuilder entry = new StringBuilder("  ").append(channel.name()); //$NON-NLS-1$
            for (String keyword : CHANNEL_ATTRIBUTES) {
                channel.value(keyword).ifPresent(value -> entry.append(' ').append(keyword).append('(').append(value).append(')'));
            }
            line(text, entry.toString());
        }
        line(text, NLS.bind(PlanMessages.State_chlauth, state.chlauth().size()));
        state.chlauth().forEach(record -> line(text, "  " + record.toMqsc())); //$NON-NLS-1$
        objects(text, PlanMessages.State_authinfos, state.authinfos());
        objects(text, PlanMessages.State_policies, state.policies());
        objects(text, PlanMessages.State_running, state.channelStatus());
        if (!state.problems().isEmpty()) {
            line(text, PlanMessages.State_problems);
            state.problems().forEach(problem -> line(text, "  " + problem)); //$NON-NLS-1$
        }
        return text.toString();
    }

    private static void objects(StringBuilder text, String title, List<MqObject> objects) {
        line(text, NLS.bind(title, objects.size()));
        for (MqObject object : objects) {
            StringBuilder entry = new StringBuilder("  ").append(object.name()); //$NON-NLS-1$
            object.attributes().forEach((keyword, values) -> entry.append(' ').append(keyword).append('(').append(String.join(",", values)).append(')')); //$NON-NLS-1$
            line(text, entry.toString());
        }
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
