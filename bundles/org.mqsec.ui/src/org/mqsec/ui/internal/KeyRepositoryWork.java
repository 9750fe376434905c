package org.mqsec.ui.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.core.findings.Finding;
import org.mqsec.crypto.keystore.KeyRepositoryException;
import org.mqsec.crypto.operations.KeyRepositoryOperation;
import org.mqsec.ui.KeyRepositoryJobs;

/**
 * Key repository work started from the UI (reading keys, an operation, a save): a user Job in one of
 * the {@link KeyRepositoryJobs} families, so the UI thread never does file or crypto work, the
 * workbench shows its progress with a Cancel button, and tests can find it. A failure is told in
 * words with its advice, never as a stack trace; a cancelled job says nothing.
 *
 * @param <R> what the work hands back
 */
public final class KeyRepositoryWork<R> extends Job {

    /** The work itself; runs in the Job's thread. */
    public interface Work<R> {
        R run(IProgressMonitor monitor) throws KeyRepositoryException;
    }

    /** How it ended: the value, or the failure (null both when cancelled). */
    public record Outcome<R>(R value, KeyRepositoryException failure, boolean cancelled) {
        public boolean succeeded() {
            return failure == null && !cancelled;
        }
    }

    private final Object family;
    private final Work<R> work;
    private volatile Outcome<R> outcome;

    public KeyRepositoryWork(String name, Object family, Work<R> work) {
        super(name);
        this.family = family;
        this.work = work;
        setUser(true);
    }

    /** An operation as a Job: its errors refuse it before it starts (the caller has shown its findings). */
    public static <R> KeyRepositoryWork<R> of(String name, Object family, KeyRepositoryOperation<R> operation) {
        return new KeyRepositoryWork<>(name, family, operation::run);
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            outcome = new Outcome<>(work.run(monitor), null, false);
            return Status.OK_STATUS;
        } catch (KeyRepositoryException e) {
            boolean cancelled = e.problem() == KeyRepositoryException.Problem.CANCELLED;
            outcome = new Outcome<>(null, cancelled ? null : e, cancelled);
            // told by the caller in words with its advice; an error status would add a generic second dialog
            return cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            outcome = new Outcome<>(null, null, true);
            return Status.CANCEL_STATUS;
        }
    }

    private Outcome<R> outcome() {
        return outcome != null ? outcome : new Outcome<>(null, null, true);
    }

    /**
     * Runs the work and returns when it is done, the UI thread dispatching events meanwhile (the
     * progress dialog, password prompts, repaints); tells the user about a failure.
     */
    public Outcome<R> runAndWait(Shell shell) {
        return runAndWait(shell, true);
    }

    /** As {@link #runAndWait(Shell)}; with {@code tellFailure} false the caller tells the user itself. */
    public Outcome<R> runAndWait(Shell shell, boolean tellFailure) {
        Display display = shell.getDisplay();
        boolean[] done = { false };
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                done[0] = true;
                display.wake();
            }
        });
        schedule();
        while (!done[0]) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        Outcome<R> result = outcome();
        if (tellFailure && result.failure() != null) {
            MessageDialog.openError(shell, getName(), describe(result.failure()));
        }
        return result;
    }

    /**
     * Runs the work in the background; {@code then} gets the value on the UI thread and {@code failed}
     * the failure, which it tells in place (a status line) instead of in a dialog.
     */
    public void runThen(Display display, Consumer<R> then, Consumer<KeyRepositoryException> failed) {
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Outcome<R> result = outcome();
                display.asyncExec(() -> {
                    if (result.failure() != null) {
                        failed.accept(result.failure());
                    } else if (result.succeeded()) {
                        then.accept(result.value());
                    }
                });
            }
        });
        schedule();
    }

    /** The message and its advice on one line, for a status line. */
    public static String inWords(KeyRepositoryException failure) {
        return failure.advice().isEmpty() ? failure.getMessage() : failure.getMessage() + " " + failure.advice(); //$NON-NLS-1$
    }

    /** Runs the work in the background; {@code then} gets the value on the UI thread, a failure is told there. */
    public void runThen(Display display, Consumer<R> then) {
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Outcome<R> result = outcome();
                display.asyncExec(() -> {
                    if (result.failure() != null) {
                        MessageDialog.openError(display.getActiveShell(), getName(), describe(result.failure()));
                    } else if (result.succeeded()) {
                        then.accept(result.value());
                    }
                });
            }
        });
        schedule();
    }

    /** The message, and for key repository problems the advice on its own paragraph. */
    public static String describe(Exception failure) {
        if (failure instanceof KeyRepositoryException problem && !problem.advice().isEmpty()) {
            return problem.getMessage() + "\n\n" + problem.advice(); //$NON-NLS-1$
        }
        return String.valueOf(failure.getMessage());
    }

    /** The warnings of an operation that ran, one paragraph each, for a dialog; empty when there are none. */
    public static String warnings(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(text.length() == 0 ? "" : "\n\n").append(finding.message()); //$NON-NLS-1$ //$NON-NLS-2$
            if (!finding.fix().isEmpty()) {
                text.append(' ').append(finding.fix());
            }
        }
        return text.toString();
    }
}
