package org.mqsec.qmgr.apply;

import org.mqsec.core.plan.PlanStep;

/**
 * What became of one step when a plan was applied.
 *
 * @param number the step's number (1 for the first)
 * @param reason the reason code a queue manager refused it with; 0 otherwise
 * @param detail the reason in words and what to do, or why the step did not run
 */
public record StepResult(int number, PlanStep step, Outcome outcome, int reason, String detail) {

    public enum Outcome {
        /** The queue manager (or the local operation) did it. */
        DONE,
        /** It was refused or failed; later steps did not run. */
        FAILED,
        /** An earlier step failed, or the run was cancelled, so this one was not sent. */
        NOT_RUN,
        /** A key repository step with nothing to run here: its commands are shown to run elsewhere. */
        LOCAL_ONLY
    }
}
