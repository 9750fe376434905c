package org.mqsec.ui.internal.tokens;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;
import org.mqsec.crypto.keystore.KeyRepositoryException;

/**
 * Token work in a Job of a {@link org.mqsec.ui.TokenJobs} family: PKCS#11 calls never run on the UI
 * thread. The value or the failure (in words, with advice) comes back on the UI thread.
 */
final class TokenWork<R> extends Job {

    interface Work<R> {
        R run(IProgressMonitor monitor) throws KeyRepositoryException;
    }

    private final Object family;
    private final Work<R> work;
    private volatile R value;
    private volatile KeyRepositoryException failure;

    TokenWork(String name, Object family, Work<R> work) {
        super(name);
        this.family = family;
        this.work = work;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object candidate) {
        return candidate == family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            value = work.run(monitor);
            return Status.OK_STATUS;
        } catch (KeyRepositoryException e) {
            failure = e;
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
    }

    /** {@code then} gets the value, {@code failed} the failure, both on the UI thread. */
    void runThen(Display display, Consumer<R> then, Consumer<KeyRepositoryException> failed) {
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                display.asyncExec(() -> {
                    if (failure != null) {
                        failed.accept(failure);
                    } else if (event.getResult().isOK()) {
                        then.accept(value);
                    }
                });
            }
        });
        schedule();
    }

    /** The message and its advice, for a status line or a dialog. */
    static String describe(KeyRepositoryException e) {
        return e.advice().isEmpty() ? e.getMessage() : e.getMessage() + " " + e.advice(); //$NON-NLS-1$
    }
}
