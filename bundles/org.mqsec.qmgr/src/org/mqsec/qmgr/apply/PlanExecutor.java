package org.mqsec.qmgr.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.mqsec.core.plan.KeyRepositoryStep;
import org.mqsec.core.plan.KeyRingStep;
import org.mqsec.core.plan.Plan;
import org.mqsec.core.plan.PlanComparison;
import org.mqsec.core.plan.PlanStep;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStep;
import org.mqsec.qmgr.apply.StepResult.Outcome;
import org.mqsec.qmgr.internal.QmgrMessages;
import org.mqsec.qmgr.pcf.PlanPcf;
import org.mqsec.qmgr.pcf.QueueManagerReader;
import org.mqsec.qmgr.target.QueueManagerException;
import org.mqsec.qmgr.target.QueueManagerTarget;

/**
 * Applies a plan: queue manager steps as PCF commands through a {@link QueueManagerTarget}, key
 * repository steps here, in order, stopping at the first failure (the rest are listed as not run).
 * Then the state is read again and compared with what the plan intended. A dry run reads the state
 * and compares without sending anything.
 */
public final class PlanExecutor {

    private PlanExecutor() {
    }

    /** The plan compared with the state read now; nothing is sent but inquiries. */
    public static PlanComparison dryRun(Plan plan, QueueManagerTarget target, Duration timeout, IProgressMonitor monitor)
            throws QueueManagerException {
        return PlanComparison.compare(plan, forThisQueueManager(plan, QueueManagerReader.read(target, timeout, monitor)));
    }

    /**
     * The state, when it is the queue manager the plan is for: a plan made for QM1 is never sent to
     * QM2 because a profile pointed elsewhere. A plan or a state without a name is not checked.
     */
    public static QueueManagerState forThisQueueManager(Plan plan, QueueManagerState state) throws QueueManagerException {
        if (!plan.queueManager().isEmpty() && !state.name().isEmpty() && !plan.queueManager().equals(state.name())) {
            throw new QueueManagerException(NLS.bind(QmgrMessages.Apply_otherQueueManager, plan.queueManager(), state.name()),
                    QmgrMessages.Apply_otherQueueManagerFix);
        }
        return state;
    }

    public static ApplyReport apply(Plan plan, QueueManagerTarget target, Duration timeout, IProgressMonitor monitor)
            throws QueueManagerException {
        SubMonitor progress = SubMonitor.convert(monitor, plan.steps().size() + 12);
        PlanComparison before = PlanComparison.compare(plan,
                forThisQueueManager(plan, QueueManagerReader.read(target, timeout, progress.split(6))));
        List<StepResult> results = new ArrayList<>();
        boolean stopped = false;
        String stopReason = ""; //$NON-NLS-1$
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep step = plan.steps().get(i);
            int number = i + 1;
            if (!stopped && progress.isCanceled()) {
                stopped = true;
                stopReason = QmgrMessages.Apply_cancelled;
            }
            if (stopped) {
                results.add(new StepResult(number, step, Outcome.NOT_RUN, 0, stopReason));
                continue;
            }
            progress.subTask(step.describe());
            StepResult result = run(number, step, target, timeout);
            results.add(result);
            if (result.outcome() == Outcome.FAILED) {
                stopped = true;
                stopReason = NLS.bind(QmgrMessages.Apply_stopped, number);
            }
            progress.worked(1);
        }
        try {
            QueueManagerState after = QueueManagerReader.read(target, timeout, progress.split(6));
            return new ApplyReport(results, before, before.differences(plan, after), null);
        } catch (QueueManagerException | OperationCanceledException e) {
            return new ApplyReport(results, before, null, e.getMessage());
        }
    }

    private static StepResult run(int number, PlanStep step, QueueManagerTarget target, Duration timeout) {
        if (step instanceof QueueManagerStep queueManagerStep) {
            try {
                target.send(PlanPcf.command(queueManagerStep), timeout);
                return new StepResult(number, step, Outcome.DONE, 0, ""); //$NON-NLS-1$
            } catch (QueueManagerException e) {
                return new StepResult(number, step, Outcome.FAILED, e.reason(), e.describe());
            }
        }
        if (step instanceof KeyRingStep) {
            return new StepResult(number, step, Outcome.LOCAL_ONLY, 0, QmgrMessages.Apply_racfOnly);
        }
        KeyRepositoryStep local = (KeyRepositoryStep) step;
        if (local.action() == null) {
            return new StepResult(number, step, Outcome.LOCAL_ONLY, 0,
                    NLS.bind(QmgrMessages.Apply_localOnly, String.join(" ; ", local.commands()))); //$NON-NLS-1$
        }
        try {
            local.action().run();
            return new StepResult(number, step, Outcome.DONE, 0, ""); //$NON-NLS-1$
        } catch (Exception e) {
            return new StepResult(number, step, Outcome.FAILED, 0, e.getMessage());
        }
    }
}
