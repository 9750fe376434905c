package org.mqsec.core.plan;

import java.util.List;
import java.util.Map;

import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqscCommand;

/** ALTER QMGR with the security attributes given (SSLKEYR, CERTLABL, CHLAUTH, CONNAUTH...). */
public record AlterQueueManager(Map<String, List<String>> attributes) implements QueueManagerStep {

    public AlterQueueManager {
        attributes = Attributes.copyOf(attributes);
    }

    @Override
    public String describe() {
        return PlanMessages.bind(PlanMessages.Step_alterQmgr, String.join(", ", attributes.keySet())); //$NON-NLS-1$
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
        return Attributes.render(MqscCommand.of("ALTER", "QMGR", null), MqObjectType.QMGR, attributes); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
