package org.mqsec.core.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqscCommand;

/**
 * DEFINE CHANNEL ... REPLACE (the channel becomes what the step says; attributes not given take the
 * SYSTEM.DEF defaults) or ALTER CHANNEL (only the attributes given change). CHLTYPE is required by
 * both commands.
 */
public record ChannelStep(Mode mode, String name, String channelType, Map<String, List<String>> attributes) implements QueueManagerStep {

    public enum Mode {
        DEFINE, ALTER
    }

    public ChannelStep {
        channelType = channelType.toUpperCase(Locale.ROOT);
        attributes = Attributes.copyOf(attributes);
    }

    @Override
    public String describe() {
        return PlanMessages.bind(mode == Mode.DEFINE ? PlanMessages.Step_defineChannel : PlanMessages.Step_alterChannel, name, channelType);
    }

    @Override
    public MqObjectType objectType() {
        return MqObjectType.CHANNEL;
    }

    @Override
    public String objectName() {
        return name;
    }

    /**
     * The queue manager's default channel of this step's type (SYSTEM.DEF.SVRCONN ...), whose values
     * DEFINE ... REPLACE gives every attribute it does not name.
     */
    public String defaultChannel() {
        return "SYSTEM.DEF." + switch (channelType) { //$NON-NLS-1$
            case "SDR" -> "SENDER"; //$NON-NLS-1$ //$NON-NLS-2$
            case "SVR" -> "SERVER"; //$NON-NLS-1$ //$NON-NLS-2$
            case "RCVR" -> "RECEIVER"; //$NON-NLS-1$ //$NON-NLS-2$
            case "RQSTR" -> "REQUESTER"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> channelType;
        };
    }

    @Override
    public MqscCommand toMqsc() {
        MqscCommand command = MqscCommand.of(mode.name(), "CHANNEL", name).keyword("CHLTYPE", channelType); //$NON-NLS-1$ //$NON-NLS-2$
        Attributes.render(command, MqObjectType.CHANNEL, attributes);
        return mode == Mode.DEFINE ? command.flag("REPLACE") : command; //$NON-NLS-1$
    }
}
