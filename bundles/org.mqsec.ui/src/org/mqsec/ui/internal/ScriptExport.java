package org.mqsec.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.mqsec.crypto.internal.keystore.AtomicFiles;

/**
 * A script a view exports (MQSC, setmqspl): written atomically in a user Job of the view's family,
 * the previous file kept as .bak; a failure is told in a dialog with the file and the reason.
 */
public final class ScriptExport {

    private ScriptExport() {
    }

    /**
     * @param failed the message for a failure, with {0} the file and {1} the reason
     */
    public static Job write(Shell shell, Path file, byte[] script, String jobName, Object family, String title, String failed) {
        Job job = new Job(jobName) {
            @Override
            public boolean belongsTo(Object candidate) {
                return candidate == family;
            }

            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    AtomicFiles.write(file, script);
                } catch (IOException | RuntimeException e) {
                    shell.getDisplay().asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            MessageDialog.openError(shell, title, Messages.bind(failed, file, e.getMessage()));
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }
}
