package org.mqsec.core.plan;

import java.util.List;
import java.util.Map;

import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqscCommand;

/**
 * An AMS protection policy: SET POLICY ... ACTION(REPLACE) (the policy becomes exactly what the step
 * says) or DELETE POLICY.
 */
public record PolicyStep(Mode mode, String name, Map<String, List<String>> attributes) implements QueueManagerStep {

    public enum Mode {
        SET, DELETE
    }

    public PolicyStep {
        attributes = Attributes.copyOf(attributes);
    }

    @Override
    public String describe() {
        return PlanMessages.bind(mode == Mode.SET ? PlanMessages.Step_setPolicy : PlanMessages.Step_deletePolicy, name);
    }

    @Override
    public MqObjectType objectType() {
        return MqObjectType.POLICY;
    }

    @Override
    public String objectName() {
        return name;
    }

    @Override
    public MqscCommand toMqsc() {
        if (mode == Mode.DELETE) {
            return MqscCommand.of("DELETE", "POLICY", name); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Attributes.render(MqscCommand.of("SET", "POLICY", name), MqObjectType.POLICY, attributes) //$NON-NLS-1$ //$NON-NLS-2$
                .keyword("ACTION", "REPLACE"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
