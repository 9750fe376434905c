package org.mqsec.core.plan;

import java.util.List;
import java.util.Locale;

import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqscCommand;

/**
 * REFRESH SECURITY TYPE(SSL | CONNAUTH | AUTHSERV | CLASSES): makes the queue manager read its key
 * repository, CONNAUTH settings or authorisations again (mq-security.md 2.8). TYPE(SSL) restarts
 * running TLS channels.
 */
public record RefreshSecurity(String type) implements QueueManagerStep {

    /** The types MQ takes, with their PCF values (MQSECTYPE_*). */
    public static final List<String> TYPES = List.of("AUTHSERV", "SSL", "CLASSES", "CONNAUTH"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    public RefreshSecurity {
        type = type.toUpperCase(Locale.ROOT);
    }

    @Override
    public String describe() {
        return PlanMessages.bind(PlanMessages.Step_refresh, type);
    }

    @Override
    public MqObjectType objectType() {
        return MqObjectType.QMGR;
    }

    @Override
    public String objectName() {
        return ""; //$NON-NLS-1$
    }

    @Override
    public MqscCommand toMqsc() {
        return MqscCommand.of("REFRESH", "SECURITY", null).keyword("TYPE", type); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
