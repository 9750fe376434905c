package org.mqsec.core.plan;

import org.mqsec.core.zos.KeyRingCommand;

/**
 * A RACF change on a z/OS queue manager's system: a certificate, key ring or mapping made with
 * RACDCERT. It runs as a TSO command in the job {@code mqsec zos racf} writes, never over PCF.
 */
public record KeyRingStep(KeyRingCommand command) implements PlanStep {

    @Override
    public String describe() {
        return command.describe();
    }
}
