package org.mqsec.core.plan;

/**
 * One step of a {@link Plan}: a change to a queue manager object, sent as one MQSC or PCF command,
 * a key repository change that runs where the repository is, or a RACF change on z/OS.
 */
public sealed interface PlanStep permits QueueManagerStep, KeyRepositoryStep, KeyRingStep {

    /** One line for lists and results: "Define channel APP.SVRCONN (SVRCONN)". */
    String describe();
}
