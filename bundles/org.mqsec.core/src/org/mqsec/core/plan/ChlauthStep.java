package org.mqsec.core.plan;

import org.mqsec.core.chlauth.ChlauthAction;
import org.mqsec.core.chlauth.ChlauthRecord;
import org.mqsec.core.internal.PlanMessages;
import org.mqsec.core.mqsc.MqObjectType;
import org.mqsec.core.mqsc.MqscCommand;

/** SET CHLAUTH with an ACTION: add, replace or remove one record, or remove all of a type on a profile. */
public record ChlauthStep(ChlauthAction action, ChlauthRecord record) implements QueueManagerStep {

    @Override
    public String describe() {
        String text = switch (action) {
            case ADD -> PlanMessages.Step_chlauthAdd;
            case REPLACE -> PlanMessages.Step_chlauthReplace;
            case REMOVE -> PlanMessages.Step_chlauthRemove;
            case REMOVEALL -> PlanMessages.Step_chlauthRemoveAll;
        };
        return PlanMessages.bind(text, record.describe());
    }

    @Override
    public MqObjectType objectType() {
        return MqObjectType.CHLAUTH;
    }

    @Override
    public String objectName() {
        return record.profile();
    }

    @Override
    public MqscCommand toMqsc() {
        return record.toMqsc(action);
    }
}
