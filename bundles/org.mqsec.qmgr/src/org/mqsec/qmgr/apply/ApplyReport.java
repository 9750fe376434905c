package org.mqsec.qmgr.apply;

import java.util.List;

import org.mqsec.core.plan.ObjectChange;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.qmgr.apply.StepResult.Outcome;

/**
 * A plan applied: the result of each step, what the plan was to change (compared with the state read
 * before), and what is still not as the plan wants it in the state read after.
 *
 * @param notAsPlanned where the state read afterwards differs from the state the plan should leave (empty when the
 *                     queue manager is as planned); null when the state could not be read again
 */
public record ApplyReport(List<StepResult> results, PlanComparison before, List<ObjectChange> notAsPlanned, String rereadProblem) {

    public ApplyReport {
        results = List.copyOf(results);
        notAsPlanned = notAsPlanned == null ? null : List.copyOf(notAsPlanned);
    }

    /** Every step done (or shown for elsewhere) and the state read back as planned. */
    public boolean succeeded() {
        return results.stream().noneMatch(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.NOT_RUN) && notAsPlanned != null
                && notAsPlanned.isEmpty();
    }
}
