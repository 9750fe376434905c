package org.mqsec.ui.internal.security;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.core.plan.QueueManagerState;
import org.mqsec.core.plan.QueueManagerStateReader;
import org.mqsec.ui.QueueManagerJobs;
import org.mqsec.ui.internal.TextImportDialog;

/**
 * A queue manager's dump (dmpmqcfg, or runmqsc DISPLAY output), pasted or read from a file in the
 * import dialog and read as a state in a Job, for the security view and the navigator.
 */
final class DumpLoading {

    private DumpLoading() {
    }

    /**
     * @param name prefix of the dialog's widget names
     * @param then gets the state on the UI thread, unless the shell is gone by then
     */
    static void load(Shell shell, String name, Consumer<QueueManagerState> then) {
        TextImportDialog dialog = new TextImportDialog(shell, Messages.Load_title, Messages.Load_message, name, QueueManagerJobs.READ);
        if (dialog.open() != Window.OK) {
            return;
        }
        String text = dialog.text();
        String source = dialog.source();
        Job job = new Job(Messages.Load_job) {
            @Override
            public boolean belongsTo(Object family) {
                return family == QueueManagerJobs.READ;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                QueueManagerState read = QueueManagerStateReader.read(text, source);
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        then.accept(read);
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
    }
}
