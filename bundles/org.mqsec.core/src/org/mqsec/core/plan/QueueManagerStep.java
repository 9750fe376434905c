package org.mqsec.core.plan;

import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqscCommand;

/** A step the queue manager carries out: one MQSC command, or the PCF command that says the same. */
public sealed interface QueueManagerStep extends PlanStep
        permits AlterQueueManager, ChannelStep, ChlauthStep, PolicyStep, RefreshSecurity {

    /** The object the step changes; for REFRESH SECURITY the queue manager. */
    MqObjectType objectType();

    /** The object's name; "" for the queue manager. */
    String objectName();

    /** The step as one MQSC command. */
    MqscCommand toMqsc();
}
